using Nanchuan.BuildingBlocks.Calendar;
namespace Nanchuan.Grievances.Domain;

/// <summary>
/// The configurable rules of intake. Defaults: the hotline is staffed 08:30–18:00 Asia/Shanghai every day including
/// holidays (投诉时间为上午8:30-下午6:00，节假日不休), both ends included.
/// </summary>
/// <param name="BoxNotesReceivedAt">Box notes count as received on their collection date at this local time. Default 08:30, the start of
/// business hours: all notes of a batch share one deterministic time on the right day, and a business-hours clock starts at once.</param>
/// <param name="ClockSkewTolerance">How far a client-stamped time may lie ahead of the server clock before it is refused as "in the future".</param>
/// <param name="LatestEntry">How long after a call (or a request the BusinessOffice transcribes) it may still be entered with its time (default 3 days; ADR 0033).</param>
/// <param name="LatestBoxEntry">How many days after a box was emptied its notes may still be entered (default 15, longer than any holiday).</param>
public sealed record IntakePolicy(
    TimeZoneInfo TimeZone,
    TimeOnly HotlineOpens,
    TimeOnly HotlineCloses,
    TimeOnly BoxNotesReceivedAt,
    TimeSpan ClockSkewTolerance,
    TimeSpan LatestEntry,
    int LatestBoxEntry)
{
    public static IntakePolicy Default { get; } = new(
        BeijingTime.Zone,
        new TimeOnly(8, 30),
        new TimeOnly(18, 0),
        new TimeOnly(8, 30),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromDays(3),
        15);

    /// <summary>True when <paramref name="at"/>, in local time, is within the hotline hours (any day of the year).</summary>
    public bool IsWithinHotlineHours(DateTimeOffset at)
    {
        var local = TimeOnly.FromTimeSpan(TimeZoneInfo.ConvertTime(at, TimeZone).TimeOfDay);
        return local >= HotlineOpens && local <= HotlineCloses;
    }

    /// <summary>The local calendar day of <paramref name="at"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZone).DateTime);

    /// <summary>The instant a box note collected on <paramref name="collectionDate"/> counts as received.</summary>
    public DateTimeOffset BoxNoteReceivedAt(DateOnly collectionDate)
    {
        var local = collectionDate.ToDateTime(BoxNotesReceivedAt);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}
