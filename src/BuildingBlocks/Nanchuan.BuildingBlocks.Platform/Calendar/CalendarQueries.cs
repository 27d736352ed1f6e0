using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Errors;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

public sealed record HolidayScheduleView(int Year, string Notice, IReadOnlyList<HolidayPeriod> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays, long Version, Guid StreamId);

/// <summary>
/// A deadline as the calendar computes it, with the warning time by the platform's warning rule (platform rule 4: 1 working day
/// before by default, 1 business hour before a half day); no warning (null) when that would not be after <c>From</c>.
/// </summary>
public sealed record DeadlineView(DateTimeOffset From, string Limit, DateTimeOffset DueAt, DateTimeOffset? WarningAt, bool ScheduleLoadedForDueYear);

public static class CalendarQueries
{
    [WolverineGet("/api/calendar/years")]
    [Tags("Calendar")]
    [EndpointSummary("已载入的节假日安排 / Holiday schedules loaded")]
    [EndpointDescription("Every year with a loaded State Council schedule, with its notice and version.")]
    public static async Task<IReadOnlyList<HolidayScheduleView>> GetYears(IQuerySession session, CancellationToken cancellation) =>
        (await session.Query<HolidayScheduleRecord>().OrderBy(r => r.Year).ToListAsync(cancellation)).Select(ToView).ToList();

    [WolverineGet("/api/calendar/years/{year}")]
    [Tags("Calendar")]
    [EndpointSummary("某年节假日安排 / One year's holiday schedule")]
    [EndpointDescription("The public holidays and make-up workdays of the year, and the version to send back when amending it.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<HolidayScheduleView> GetYear(int year, IQuerySession session, CancellationToken cancellation) =>
        ToView(await session.LoadAsync<HolidayScheduleRecord>(HolidayScheduleRecord.StreamIdFor(year), cancellation)
               ?? throw new NotFoundException($"{year}年节假日安排尚未载入 / no schedule loaded for {year}."));

    [WolverineGet("/api/calendar/days/{day}")]
    [Tags("Calendar")]
    [EndpointSummary("某日是否为工作日 / Whether a day is a working day")]
    [EndpointDescription("Workday, weekend, public holiday (with its name) or make-up workday (调休上班), and whether the year's schedule is loaded.")]
    public static WorkingDayInfo GetDay(DateOnly day, IWorkingDayCalendar calendar) => calendar.DescribeDay(day);

    [WolverineGet("/api/calendar/deadlines")]
    [Tags("Calendar")]
    [EndpointSummary("计算期限 / Compute a deadline")]
    [EndpointDescription("From an instant (ISO 8601 with offset), give exactly one of `workingDays` (ends 18:00 of the N-th working day after the day), `calendarDays` (day itself not counted, ends 24:00, moved past a public holiday) or `halfDay=true` (4 h 45 min of business hours). `warningAt` follows the platform's warning rule (configurable per kind of limit) and is null when it would not fall after `from`.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static DeadlineView GetDeadline(DateTimeOffset? from, int? workingDays, int? calendarDays, bool? halfDay, IWorkingDayCalendar calendar, WarningLeads warnings)
    {
        // Nullable so that a missing `from` is named, not read as 0001-01-01.
        if (from is not { } start) throw new DomainValidationException("from", "请给出起算时间 from（ISO 8601，带时区） / from is required (ISO 8601 with offset).");
        var given = (workingDays is null ? 0 : 1) + (calendarDays is null ? 0 : 1) + (halfDay == true ? 1 : 0);
        if (given != 1) throw new DomainValidationException("limit", "请只指定 workingDays、calendarDays、halfDay 之一 / give exactly one of workingDays, calendarDays, halfDay.");
        if (workingDays is < 0 or > 366) throw new DomainValidationException("workingDays", "工作日数应在0至366之间 / workingDays must be 0–366.");
        if (calendarDays is < 0 or > 3660) throw new DomainValidationException("calendarDays", "自然日数应在0至3660之间 / calendarDays must be 0–3660.");

        var limit = workingDays is { } n ? TimeLimit.WorkingDays(n) : calendarDays is { } d ? TimeLimit.CalendarDays(d) : TimeLimit.HalfDays(1);
        var due = limit.DueFrom(calendar, start);
        return new DeadlineView(start, limit.Label, due, warnings.WarningAt(calendar, limit.Kind, start, due), calendar.DescribeDay(calendar.LocalDay(due)).ScheduleLoaded);
    }

    private static HolidayScheduleView ToView(HolidayScheduleRecord r) =>
        new(r.Year, r.Notice, r.Holidays, r.MakeUpWorkdays, r.Version, r.Id);
}
