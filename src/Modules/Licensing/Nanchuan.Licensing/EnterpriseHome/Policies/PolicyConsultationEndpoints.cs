using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine;

namespace Nanchuan.Licensing.EnterpriseHome.Policies;

/// <summary>企业之家 惠企政策咨询 (ADR 0111): questions and answers, linked to the enterprise's policies in the Incentives module.</summary>
public static class PolicyConsultationEndpoints
{
    private const string Route = "/api/licensing/enterprise-home/policy-consultations";
    private const string Answerers = $"{Roles.WindowClerk},{Roles.BusinessOffice},{Roles.DepartmentHandler}";
    private static readonly CaseName Name = new("惠企政策咨询", "policy consultation");

    [WolverinePost(Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("惠企政策咨询 / Ask about enterprise-benefit policies")]
    [EndpointDescription("At the 企业之家 desk (window staff, for the enterprise) or online (the enterprise, under its own credit code). The policies named are government items of the enterprise's own investment agreements, checked through the Incentives module's public query (400 on policies[i] otherwise).")]
    [ProducesResponseType<PolicyConsultation>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<PolicyConsultation> Ask(
        AskPolicyQuestionRequest command, IDocumentSession session, IMessageBus bus, TimeProvider clock, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var errors = new FieldErrors();
        var creditCode = errors.CreditCode("creditCode", command.CreditCode);
        var name = errors.Text("enterpriseName", command.EnterpriseName, "企业名称", "the enterprise name");
        var question = errors.Text("question", command.Question, "咨询问题", "the question");
        errors.ThrowIfAny();
        if (actor.Role == Roles.Enterprise && actor.CreditCode != creditCode)
            throw new AccessDeniedException("企业只能以本企业名义咨询 / an enterprise asks only under its own credit code.");
        var policies = await PolicyLinks.ResolveAsync(bus, command.Policies ?? [], creditCode, errors, cancellation);
        errors.ThrowIfAny();

        var asked = new PolicyQuestionAsked(Guid.CreateVersion7(), UnifiedSocialCreditCode.Parse(creditCode), name, question, policies, actor.Channel, actor.Id, actor.Name,
            clock.GetUtcNow());
        return await CaseStreams.StartAsync<PolicyConsultation>(session, asked.ConsultationId, [asked], cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/answer")]
    [Authorize(Roles = Answerers)]
    [Tags("Licensing")]
    [EndpointSummary("答复惠企政策咨询 / Answer a policy question")]
    [EndpointDescription("企业之家's staff, the business office or a department answers once (409 afterwards); further policies it names must be the enterprise's own.")]
    [ProducesResponseType<PolicyConsultation>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<PolicyConsultation> Answer(
        Guid id, AnswerPolicyQuestionBody command, IDocumentSession session, IMessageBus bus, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<PolicyConsultation>(session, id, Name, cancellation);
        var consultation = stream.Aggregate!;
        if (consultation.Answered) throw new InvalidStateTransitionException("已答复", "答复惠企政策咨询");
        var errors = new FieldErrors();
        var answer = errors.Text("answer", command.Answer, "答复内容", "the answer");
        var policies = await PolicyLinks.ResolveAsync(bus, command.Policies ?? [], consultation.CreditCode, errors, cancellation);
        errors.ThrowIfAny();
        var actor = CurrentActor.Value;
        stream.AppendOne(new PolicyQuestionAnswered(id, answer, policies, actor.Id, actor.Name, actor.Department, clock.GetUtcNow()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverineGet($"{Route}/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Answerers},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("惠企政策咨询详情 / A policy consultation")]
    [EndpointDescription("The question, the answer and the linked policies. An enterprise sees only its own.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<PolicyConsultation> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var consultation = await snapshots.LoadAsync<PolicyConsultation>(id, cancellation) ?? throw Name.NotFound(id);
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != consultation.CreditCode)
            throw new AccessDeniedException("企业只能查看本企业的政策咨询 / an enterprise sees only its own consultations.");
        return consultation;
    }

    [WolverineGet(Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Answerers},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("惠企政策咨询列表 / Policy consultations")]
    [EndpointDescription("An enterprise gets its own; staff and overseers all, unanswered first, then newest first.")]
    public static async Task<IReadOnlyList<PolicyConsultation>> List(IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<PolicyConsultation>().AsQueryable();
        if (actor.Role == Roles.Enterprise)
        {
            var own = actor.CreditCode ?? "";
            query = query.Where(c => c.CreditCode == own);
        }
        var consultations = await query.OrderByDescending(c => c.AskedAt).ToListAsync(cancellation);
        return [.. consultations.OrderBy(c => c.Answered)];
    }
}
