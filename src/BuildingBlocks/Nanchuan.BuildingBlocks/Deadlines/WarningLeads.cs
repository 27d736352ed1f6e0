using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Deadlines;

/// <summary>How long before a deadline its warning fires: whole working days, or business time (for limits shorter than a day).</summary>
public sealed record WarningLead(int WorkingDays, TimeSpan BusinessTime)
{
    public static WarningLead OfWorkingDays(int days) => new(days, TimeSpan.Zero);

    public static WarningLead OfBusinessTime(TimeSpan time) => new(0, time);
}

/// <summary>
/// The one warning rule (platform rule 4): a lead per deadline kind, configurable (`Deadlines:WarningLeads:{Kind}`); the spec's
/// default is 1 working day. A half-day limit warns 1 business hour before: a working day before it would precede its start.
/// A warning is never set at or before the moment the clock started (it would only announce what was just set).
/// </summary>
public sealed class WarningLeads
{
    public static WarningLead Default { get; } = WarningLead.OfWorkingDays(1);

    public static WarningLeads Defaults { get; } = new(new Dictionary<DeadlineKind, WarningLead>
    {
        [DeadlineKind.HalfDays] = WarningLead.OfBusinessTime(TimeSpan.FromHours(1)),
    });

    private readonly IReadOnlyDictionary<DeadlineKind, WarningLead> _leads;

    /// <param name="leads">Leads that differ from the default (1 working day).</param>
    public WarningLeads(IReadOnlyDictionary<DeadlineKind, WarningLead> leads) => _leads = leads;

    public WarningLead For(DeadlineKind kind) => _leads.TryGetValue(kind, out var lead) ? lead : Default;

    /// <summary>When the warning of a deadline fires; null when that moment is not after the start (the lead is longer than the limit).</summary>
    public DateTimeOffset? WarningAt(IWorkingDayCalendar calendar, DeadlineKind kind, DateTimeOffset start, DateTimeOffset dueAt)
    {
        var lead = For(kind);
        var warnAt = lead.WorkingDays > 0
            ? calendar.SubtractWorkingDays(dueAt, lead.WorkingDays)
            : calendar.SubtractBusinessHours(dueAt, lead.BusinessTime);
        return warnAt > start ? warnAt : null;
    }
}
