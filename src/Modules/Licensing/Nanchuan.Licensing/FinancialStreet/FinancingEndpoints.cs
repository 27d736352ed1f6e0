using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Wolverine;

namespace Nanchuan.Licensing.FinancialStreet;

public static class FinancingEndpoints
{
    private const string Route = "/api/licensing/financial-street";
    private const string Overseers = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}";

    [WolverineGet($"{Route}/banks")]
    [Tags("Licensing")]
    [EndpointSummary("大厅金融街银行及产品 / The banks of the financial street")]
    [EndpointDescription("The banks with windows in the company-start zone and their loan products, as configured (default: the seven banks of the seed); every bank also opens accounts.")]
    public static FinancialStreetDirectory Banks(IOptions<FinancialStreetOptions> options) =>
        new(FinancialStreetOptions.AccountOpening, options.Value.EffectiveBanks);

    [WolverinePost($"{Route}/requests")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("提交融资需求 / Lodge a financing request with chosen banks")]
    [EndpointDescription("The amount (CNY), purpose and loan product go to each chosen bank, which must offer the product; each bank's answer and time to answer are tracked. "
        + "An enterprise lodges under its own credit code; the window (企业之家 financial service) lodges for an enterprise.")]
    [ProducesResponseType<FinancingRequestView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<(FinancingRequestView, OutgoingMessages)> Lodge(
        LodgeFinancingRequest command, IDocumentSession session, TimeProvider clock, IOptions<FinancialStreetOptions> options, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != command.CreditCode.Value)
            throw new AccessDeniedException("企业只能以本企业名义提交融资需求 / an enterprise lodges only under its own credit code.");
        var (requested, referrals) = FinancingDecisions.Lodge(Guid.CreateVersion7(), command, options.Value.EffectiveBanks, clock.GetUtcNow());
        var request = await CaseStreams.StartAsync<FinancingRequest>(session, requested.RequestId, [requested], cancellation);
        var answers = new List<FinancingReferral>();
        var outgoing = new OutgoingMessages();
        foreach (var referred in referrals)
        {
            answers.Add(await CaseStreams.StartAsync<FinancingReferral>(session, referred.ReferralId, [referred], cancellation));
            outgoing.Add(FinancingOversight.Opened(referred));
        }
        return (new FinancingRequestView(request, answers), outgoing);
    }

    [WolverineGet($"{Route}/requests/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk},{Overseers}")]
    [Tags("Licensing")]
    [EndpointSummary("融资需求及各银行答复 / A financing request and each bank's answer")]
    [EndpointDescription("An enterprise sees only its own requests; banks see what was routed to them through the referrals list.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<FinancingRequestView> Get(Guid id, IQuerySession session, CancellationToken cancellation)
    {
        var request = await session.LoadAsync<FinancingRequest>(id, cancellation) ?? throw new NotFoundException($"融资需求{id}不存在 / financing request {id} not found.");
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != request.CreditCode)
            throw new AccessDeniedException("企业只能查看本企业的融资需求 / an enterprise sees only its own financing requests.");
        var answers = await session.Query<FinancingReferral>().Where(r => r.RequestId == id).ToListAsync(cancellation);
        return new FinancingRequestView(request, answers.OrderBy(a => request.Banks.ToList().IndexOf(a.Bank)).ToList());
    }

    [WolverineGet($"{Route}/requests")]
    [Authorize(Roles = $"{Roles.Enterprise},{Overseers}")]
    [Tags("Licensing")]
    [EndpointSummary("融资需求列表 / Financing requests")]
    [EndpointDescription("An enterprise gets its own requests; the business office, supervisors and admins get all. Newest first.")]
    public static async Task<IReadOnlyList<FinancingRequest>> List(IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<FinancingRequest>().AsQueryable();
        if (actor.Role == Roles.Enterprise)
        {
            var own = actor.CreditCode ?? "";
            query = query.Where(r => r.CreditCode == own);
        }
        return await query.OrderByDescending(r => r.LodgedAt).ToListAsync(cancellation);
    }

    [WolverineGet($"{Route}/referrals")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Overseers}")]
    [Tags("Licensing")]
    [EndpointSummary("推送至银行的融资需求 / Requests routed to banks")]
    [EndpointDescription("A bank's staff (DepartmentHandler whose department is the bank) see only the requests routed to their bank; overseers see all. Oldest first.")]
    public static async Task<IReadOnlyList<FinancingReferral>> Referrals(IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<FinancingReferral>().AsQueryable();
        if (actor.Role == Roles.DepartmentHandler)
        {
            var bank = actor.Department ?? "";
            query = query.Where(r => r.Bank == bank);
        }
        return await query.OrderBy(r => r.ReferredAt).ToListAsync(cancellation);
    }

    [WolverinePost($"{Route}/referrals/{{id}}/answer")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("银行答复融资需求 / A bank answers a financing request")]
    [EndpointDescription("Only the bank it was routed to: take it up (受理), approve an amount (at most the amount requested) or decline with a reason. "
        + "Approval and decline are final (409 afterwards); the first answer stops the bank's answer clock.")]
    [ProducesResponseType<FinancingReferral>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(FinancingReferral, OutgoingMessages)> Answer(
        Guid id, AnswerFinancingRequest command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<FinancingReferral>(session, id, ReferralName, cancellation);
        var answer = FinancingDecisions.Answer(stream.Aggregate!, CurrentActor.Value.Department, command, clock.GetUtcNow());
        stream.AppendOne(answer);
        return (await CaseStreams.StateAfterAsync(session, stream, cancellation), [.. FinancingOversight.Of(stream.Aggregate!, answer)]);
    }

    private static readonly CaseName ReferralName = new("融资推送", "financing referral");
}
