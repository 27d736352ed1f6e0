using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Enforcement.Deadlines;

/// <summary>
/// The rectification deadlines of an inspection on the platform's deadline capability (platform rule 4): each open
/// rectification is one deadline ("Rectification:IN-01"), watched for its item's department.
/// </summary>
internal sealed class InspectionDeadlines : SupervisedCaseDeadlines<Inspection>
{
    private const string Prefix = "Rectification:";

    public override string CaseType => EnforcementCases.InspectionType;

    protected override CaseName CaseName => EnforcementCases.InspectionName;

    protected override string StateName(Inspection state) => state.Status.ToChinese();

    protected override string DeadlineLabel(RunningDeadline deadline) => $"整改期限（{ItemOf(deadline)}）";

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<Inspection>().Where(i => i.Status == InspectionStatus.Rectifying).Select(i => i.Id).ToListAsync(cancellation);

    public override IEnumerable<RunningDeadline> Running(Inspection state) => state.Rectifications.Where(r => r.IsOpen)
        .Select(r => new RunningDeadline(Prefix + r.ItemCode, TimeLimit.WorkingDays(r.WorkingDays), r.Start, r.DueAt, r.Warned, r.Overdue));

    public override OversightCase Oversight(Inspection state, RunningDeadline deadline) =>
        EnforcementCases.Of(state, state.Rectifications.First(r => r.ItemCode == ItemOf(deadline)).Department);

    protected override object Warned(Inspection state, RunningDeadline deadline, DateTimeOffset now) =>
        new RectificationDeadlineWarned(state.Id, ItemOf(deadline), deadline.DueAt, now);

    protected override object Overdue(Inspection state, RunningDeadline deadline, DateTimeOffset now) =>
        new RectificationOverdue(state.Id, ItemOf(deadline), deadline.DueAt, now);

    protected override object Recomputed(Inspection state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        new RectificationDeadlineRecomputed(state.Id, ItemOf(deadline), deadline.DueAt, dueAt, reason, now);

    private static string ItemOf(RunningDeadline deadline) => deadline.Name[Prefix.Length..];
}
