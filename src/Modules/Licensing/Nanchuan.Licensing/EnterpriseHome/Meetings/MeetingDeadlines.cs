using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Licensing.EnterpriseHome.Meetings;

/// <summary>
/// Each open decision of a coordination meeting is a working-day deadline (<c>Decision:{n}</c>) from the minutes to 18:00 of its due date,
/// watched by the kit (warning one working day before, overdue after, moved by holiday changes), attributed to its owner department.
/// </summary>
public sealed class MeetingDeadlines : CaseDeadlines<CoordinationMeeting>
{
    public const string Type = "coordination-meeting";

    public static string NameOf(int number) => $"Decision:{number}";

    public override string CaseType => Type;

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<CoordinationMeeting>().Where(m => m.Status == MeetingStatus.FollowingUp).Select(m => m.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(CoordinationMeeting state) =>
        state.Decisions.Where(d => d.CompletedAt is null)
            .Select(d => new RunningDeadline(NameOf(d.Number), TimeLimit.WorkingDays(d.WorkingDays), d.StartedAt, d.DueAt, d.Warned, d.Overdue));

    public override OversightCase Oversight(CoordinationMeeting state, RunningDeadline deadline) =>
        MeetingOversight.Type.Case(state.Id, state.CreditCode, state.Decision(Number(deadline))!.OwnerDepartment);

    protected override object Warned(CoordinationMeeting state, RunningDeadline deadline, DateTimeOffset now) =>
        new CoordinationDecisionWarned(state.Id, Number(deadline), deadline.DueAt);

    protected override object Overdue(CoordinationMeeting state, RunningDeadline deadline, DateTimeOffset now) =>
        new CoordinationDecisionOverdue(state.Id, Number(deadline), deadline.DueAt);

    protected override object Recomputed(
        CoordinationMeeting state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new CoordinationDecisionRecomputed(state.Id, Number(deadline), deadline.DueAt, dueAt, reason);

    private static int Number(RunningDeadline deadline) => int.Parse(deadline.Name["Decision:".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
