using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Licensing.SpotChecks;

namespace Nanchuan.Licensing.Registration;

/// <summary>
/// The 0.5-working-day licence deadline of an accepted company registration on the platform's deadline capability; an overdue
/// licence may be supervised (督办, platform rule 4, ADR 0107).
/// </summary>
public sealed class RegistrationDeadlines : SupervisedCaseDeadlines<CompanyRegistration>
{
    public const string Type = "company-registration";
    public const string Licence = nameof(Licence);

    public override string CaseType => Type;

    protected override CaseName CaseName => AcceptAndIssueEndpoints.Name;

    protected override string StateName(CompanyRegistration state) => CompanyRegistration.StatusLabel(state.Status);

    protected override string DeadlineLabel(RunningDeadline deadline) => "营业执照办结时限";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<CompanyRegistration>().Where(r => r.Status == RegistrationStatus.Accepted).Select(r => r.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(CompanyRegistration state) =>
        state is { Status: RegistrationStatus.Accepted, AcceptedAt: { } acceptedAt, DueAt: { } dueAt }
            ? [new RunningDeadline(Licence, RegistrationDecisions.Limit, acceptedAt, dueAt, state.Warned, state.Overdue)]
            : [];

    /// <summary>The company has no credit code until its licence is issued.</summary>
    public override OversightCase Oversight(CompanyRegistration state, RunningDeadline deadline) =>
        new(LicensingModule.ModuleName, Type, state.Id, state.CreditCode?.Value, SpotCheckEndpoints.RegistrationAuthority);

    protected override object Warned(CompanyRegistration state, RunningDeadline deadline, DateTimeOffset now) => new RegistrationDeadlineWarned(state.Id, deadline.DueAt);

    protected override object Overdue(CompanyRegistration state, RunningDeadline deadline, DateTimeOffset now) => new RegistrationOverdue(state.Id, deadline.DueAt);

    protected override object Recomputed(
        CompanyRegistration state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new RegistrationDeadlineRecomputed(state.Id, deadline.DueAt, dueAt, warningAt, reason);
}
