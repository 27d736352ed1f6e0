using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Licensing.Applications;

/// <summary>
/// The promised limit (承诺时限) of an accepted application on the platform's deadline capability. A promise of 0 days is kept on
/// the spot (an immediate item), so nothing is watched for it. An overdue promise may be supervised (督办, platform rule 4, ADR 0107).
/// </summary>
public sealed class ApplicationDeadlines : SupervisedCaseDeadlines<ServiceApplication>
{
    public const string Type = "service-application";
    public const string Promised = nameof(Promised);

    public override string CaseType => Type;

    protected override CaseName CaseName => ApplicationEndpoints.Name;

    protected override string StateName(ServiceApplication state) => ServiceApplication.StatusLabel(state.Status);

    protected override string DeadlineLabel(RunningDeadline deadline) => "承诺办结时限";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<ServiceApplication>().Where(a => a.Status == ApplicationStatus.Accepted).Select(a => a.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(ServiceApplication state) =>
        state is { Status: ApplicationStatus.Accepted, AcceptedAt: { } acceptedAt, DueAt: { } dueAt, PromisedWorkingDays: > 0 }
            ? [new RunningDeadline(Promised, TimeLimit.InWorkingDays(state.PromisedWorkingDays), acceptedAt, dueAt, state.Warned, state.Overdue,
                state.PausedFor, state.PausedAt)]
            : [];

    public override OversightCase Oversight(ServiceApplication state, RunningDeadline deadline) =>
        new(LicensingModule.ModuleName, Type, state.Id, state.CreditCode.Value, state.Department);

    protected override object Warned(ServiceApplication state, RunningDeadline deadline, DateTimeOffset now) => new ApplicationDeadlineWarned(state.Id, deadline.DueAt);

    protected override object Overdue(ServiceApplication state, RunningDeadline deadline, DateTimeOffset now) => new ApplicationOverdue(state.Id, deadline.DueAt);

    protected override object Recomputed(
        ServiceApplication state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new ApplicationDeadlineRecomputed(state.Id, deadline.DueAt, dueAt, reason);
}
