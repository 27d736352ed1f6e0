using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Licensing.FinancialStreet.Accounts;

/// <summary>开户设立 at the banks of the financial street (ADR 0112): request, the bank's answer, the enterprise's accounts.</summary>
public static class BankAccountEndpoints
{
    private const string Route = "/api/licensing/financial-street/account-openings";
    private static readonly CaseName Name = new("开户申请", "account opening");

    [WolverinePost(Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("申请开户设立 / Ask a bank of the financial street to open an account")]
    [EndpointDescription("The enterprise (under its own credit code) or the window for it asks one of the street's banks (GET /financial-street/banks) to open a basic (基本存款账户) or general (一般存款账户) deposit account. "
        + "One basic account per enterprise: another basic request while one is requested or opened is a 409; two requests of one enterprise at the same moment: one 200, one 409.")]
    [ProducesResponseType<BankAccounts>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<BankAccounts> Request(
        RequestBankAccount command, IDocumentSession session, IOptions<FinancialStreetOptions> options, TimeProvider clock, CancellationToken cancellation)
    {
        var id = UnifiedSocialCreditCode.TryParse(command.CreditCode, out var code, out _) ? BankAccounts.IdFor(code.Value) : Guid.Empty;
        var stream = await CaseStreams.LoadIfAnyAsync<BankAccounts>(session, id, cancellation);
        var requested = BankAccountDecisions.Request(stream?.Aggregate, command, options.Value.EffectiveBanks, CurrentActor.Value, clock.GetUtcNow());
        if (stream is null) return await CaseStreams.StartAsync<BankAccounts>(session, requested.AccountsId, [requested], cancellation);
        stream.AppendOne(requested);
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost($"{Route}/{{creditCode}}/{{number}}/answer")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("银行办理开户 / The bank opens the account or declines")]
    [EndpointDescription("Only the bank asked (its staff: DepartmentHandler whose department is the bank's name), once: opened, or declined with a reason.")]
    [ProducesResponseType<BankAccounts>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<BankAccounts> Answer(
        string creditCode, int number, AnswerBankAccount command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<BankAccounts>(session, BankAccounts.IdFor(creditCode.Trim().ToUpperInvariant()), Name, cancellation);
        stream.AppendOne(BankAccountDecisions.Answer(stream.Aggregate!, number, command, CurrentActor.Value, clock.GetUtcNow()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverineGet($"{Route}/{{creditCode}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("企业开户申请 / An enterprise's account openings")]
    [EndpointDescription("An enterprise sees only its own; a bank's staff only the requests made to their bank.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<BankAccounts> Get(string creditCode, IQuerySession session, CancellationToken cancellation)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != code)
            throw new AccessDeniedException("企业只能查看本企业的开户申请 / an enterprise sees only its own account openings.");
        var accounts = await session.LoadAsync<BankAccounts>(BankAccounts.IdFor(code), cancellation) ?? throw Name.NotFound(code);
        if (actor.Role == Roles.DepartmentHandler) accounts.Openings = [.. accounts.Openings.Where(o => o.Bank == actor.Department)];
        return accounts;
    }
}
