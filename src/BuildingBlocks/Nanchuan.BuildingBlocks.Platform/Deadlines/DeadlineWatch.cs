using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Deadlines;

/// <summary>
/// Watches deadlines (platform rule 4): schedules each deadline's warning and overdue check as <see cref="DeadlineTimerFired"/>
/// and publishes the oversight events. Modules call <see cref="Set"/> when a step starts a clock; the platform does the rest.
/// </summary>
public sealed class DeadlineWatch(IWorkingDayCalendar calendar, TimeProvider time, WarningLeads leads)
{
    public IWorkingDayCalendar Calendar => calendar;

    /// <summary>Now by the platform's clock.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>A running deadline with the limit counted from <paramref name="start"/> by the calendar.</summary>
    public RunningDeadline Start(string name, TimeLimit limit, DateTimeOffset start) => new(name, limit, start, limit.DueFrom(calendar, start), false, false);

    /// <summary>When a deadline's warning fires (<see cref="WarningLeads"/>); null when the lead is longer than the limit.</summary>
    public DateTimeOffset? WarningAt(RunningDeadline deadline) => leads.WarningAt(calendar, deadline.Limit.Kind, deadline.Start, deadline.DueAt);

    /// <summary>A step started a clock: the warning and overdue check are scheduled and <see cref="DeadlineSet"/> is published.</summary>
    public void Set(OutgoingMessages outgoing, OversightCase @case, RunningDeadline deadline) => outgoing.Add(Setting(outgoing, @case, deadline));

    /// <summary>
    /// A case opened with its first clock started: the warning and overdue check are scheduled, and <see cref="DeadlineSet"/> travels
    /// inside the <see cref="CaseOpened"/> it follows, so oversight files both from one envelope in one transaction (ADR 0204).
    /// </summary>
    public void Open(OutgoingMessages outgoing, CaseOpened opened, RunningDeadline deadline) => Open(outgoing, opened, [(opened.Case, deadline)]);

    /// <summary>
    /// A case opened with the clocks of <paramref name="deadlines"/> started, none, one or several, each on the case as the contract names
    /// it for that deadline (its department may be another than the opening's): each is armed as <see cref="Set"/> arms it, and the
    /// opening carries their settings in this order, so oversight files all of them with it in one transaction (ADR 0204, 0249).
    /// </summary>
    public void Open(OutgoingMessages outgoing, CaseOpened opened, IReadOnlyList<(OversightCase Case, RunningDeadline Deadline)> deadlines)
    {
        var settings = deadlines.Select(started => Setting(outgoing, started.Case, started.Deadline)).ToList();
        outgoing.Add(settings.Count == 0 ? opened : opened with { Deadline = settings[0], MoreDeadlines = settings.Count == 1 ? null : settings[1..] });
    }

    private DeadlineSet Setting(OutgoingMessages outgoing, OversightCase @case, RunningDeadline deadline)
    {
        var warningAt = Arm(outgoing, @case, deadline);
        return new DeadlineSet(@case, deadline.Name, deadline.Limit.Label, deadline.Start, deadline.DueAt, warningAt);
    }

    /// <summary>A running deadline moved (recomputed or resumed): armed again for its new due time; the old timers are stale.</summary>
    public void Moved(OutgoingMessages outgoing, OversightCase @case, RunningDeadline deadline, DateTimeOffset previousDueAt, string reason)
    {
        Arm(outgoing, @case, deadline);
        outgoing.Add(new DeadlineRecomputed(@case, deadline.Name, previousDueAt, deadline.DueAt, reason, Now));
    }

    /// <summary>A running deadline's step was done at <paramref name="metAt"/>: <see cref="DeadlineMet"/> is published; its timers are stale by themselves.</summary>
    public void Met(OutgoingMessages outgoing, OversightCase @case, RunningDeadline deadline, DateTimeOffset metAt) =>
        outgoing.Add(new DeadlineMet(@case, deadline.Name, deadline.DueAt, metAt, DeadlineRules.IsOnTime(metAt, deadline.DueAt)));

    /// <summary>
    /// A warning whose moment has already passed when the deadline is set would only announce at once what was just set: it is
    /// not scheduled. The overdue check always is, and runs at once for a deadline already past.
    /// </summary>
    private DateTimeOffset? Arm(OutgoingMessages outgoing, OversightCase @case, RunningDeadline deadline)
    {
        var warningAt = WarningAt(deadline);
        if (warningAt > Now)
            Schedule(outgoing, new DeadlineTimerFired(@case.CaseType, @case.CaseId, deadline.Name, DeadlineAlarm.Warning, deadline.DueAt, warningAt.Value));
        Schedule(outgoing, new DeadlineTimerFired(@case.CaseType, @case.CaseId, deadline.Name, DeadlineAlarm.Overdue, deadline.DueAt,
            DeadlineRules.OverdueCheckAt(deadline.DueAt)));
        return warningAt;
    }

    public void Schedule(OutgoingMessages outgoing, DeadlineTimerFired timer) => ScheduleAt(outgoing, timer, timer.FireAt);

    /// <summary>
    /// Wolverine's scheduler runs on the machine clock; deadlines are measured on the platform's <see cref="TimeProvider"/>.
    /// Scheduling by the remaining time keeps the two aligned (identical in production, and a test clock stays in charge).
    /// A moment already past is delivered at once.
    /// </summary>
    public void ScheduleAt(OutgoingMessages outgoing, object message, DateTimeOffset fireAt)
    {
        var remaining = fireAt - Now;
        if (remaining > TimeSpan.Zero) outgoing.Delay(message, remaining);
        else outgoing.Add(message);
    }
}
