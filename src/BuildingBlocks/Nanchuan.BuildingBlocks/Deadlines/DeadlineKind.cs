namespace Nanchuan.BuildingBlocks.Deadlines;

/// <summary>How a time limit is counted (platform rule 3); each kind has its own warning lead (<see cref="WarningLeads"/>).</summary>
public enum DeadlineKind
{
    /// <summary>工作日: ends 18:00 on the N-th working day after the start's day (a ".5" adds half a business day).</summary>
    WorkingDays,

    /// <summary>"0.5 day": N × 4 h 45 min of business hours.</summary>
    HalfDays,

    /// <summary>A duration of business hours (08:30–18:00 on working days).</summary>
    BusinessHours,

    /// <summary>日: calendar days, the start's day not counted, the last day ends at 24:00 and moves past a public holiday.</summary>
    CalendarDays,
}
