using Marten;
using Marten.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;
using Wolverine;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

/// <summary>An admin loads a new year's schedule or amends one (the State Council publishes late and sometimes corrects).</summary>
/// <param name="Notice">The notice it comes from (e.g. 国务院办公厅关于2027年部分节假日安排的通知).</param>
/// <param name="Holidays">Public holidays (放假), each a named range of days.</param>
/// <param name="MakeUpWorkdays">Weekend days declared workdays (调休上班).</param>
/// <param name="ExpectedVersion">The version of the year's schedule the admin edited (0 for a year not loaded yet); a stale one is a 409.</param>
public sealed record LoadHolidaySchedule(string Notice, IReadOnlyList<HolidayPeriod> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays, long ExpectedVersion)
    : IOpenApiExample<LoadHolidaySchedule>
{
    public static LoadHolidaySchedule Example => new(
        "国务院办公厅关于2027年部分节假日安排的通知",
        [new HolidayPeriod("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)), new HolidayPeriod("春节", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 13))],
        [new DateOnly(2027, 2, 14)],
        0);
}

/// <summary>What loading changed: the days whose status moved, and the new version of the year's schedule.</summary>
public sealed record HolidayScheduleLoadResult(int Year, long Version, bool IsAmendment, IReadOnlyList<DateOnly> ChangedDays);

/// <summary>Internal follow-up of a committed load: tell the modules which days changed (computed against the calendar before the load).</summary>
public sealed record ApplyHolidaySchedule(int Year, bool IsAmendment, IReadOnlyList<DateOnly> ChangedDays);

public static class LoadHolidayScheduleEndpoint
{
    [WolverinePut("/api/calendar/years/{year}")]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Calendar")]
    [EndpointSummary("载入或修订某年节假日安排 / Load or amend a year's holiday schedule")]
    [EndpointDescription("Admins only. Replaces the year's schedule; every open deadline that spans a changed day is recomputed by its module, which records the move as an event. `expectedVersion` is the version read (0 for a new year).")]
    [ProducesResponseType<HolidayScheduleLoadResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(HolidayScheduleLoadResult, ApplyHolidaySchedule)> Put(
        int year, LoadHolidaySchedule command, IDocumentSession session, WorkingDayCalendar calendar, CancellationToken cancellation)
    {
        if (year is < 2000 or > 2100) throw new DomainValidationException("year", "年份应在2000至2100之间 / the year must be between 2000 and 2100.");
        var schedule = new HolidaySchedule(year, command.Notice, command.Holidays ?? [], command.MakeUpWorkdays ?? []);

        var streamId = HolidayScheduleRecord.StreamIdFor(year);
        var state = await session.Events.FetchStreamStateAsync(streamId, cancellation);
        var currentVersion = state?.Version ?? 0;
        if (command.ExpectedVersion != currentVersion)
            throw new JasperFx.ConcurrencyException($"{year}年节假日安排已是第{currentVersion}版 / the {year} schedule is at version {currentVersion}", typeof(HolidayScheduleRecord), streamId);

        // The diff is computed on a copy, so the live calendar changes only once the event is committed.
        var preview = new WorkingDayCalendar(null, calendar.LoadedYears.Select(y => calendar.ScheduleFor(y)!));
        var change = preview.Load(schedule);
        var loaded = new HolidayScheduleLoaded(year, schedule.Notice, schedule.Holidays, schedule.MakeUpWorkdays,
            HolidayScheduleSource.Admin, change.IsAmendment, change.ChangedDays);
        if (state is null) session.Events.StartStream<HolidayScheduleRecord>(streamId, loaded);
        else session.Events.Append(streamId, currentVersion + 1, loaded);

        // The live calendar takes the schedule once the event is committed and before the answer is written (so every read
        // after the answer sees it) and before the outbox sends the follow-up that tells the modules.
        session.Listeners.Insert(0, new LoadAfterCommit(calendar, schedule));
        return (new HolidayScheduleLoadResult(year, currentVersion + 1, change.IsAmendment, change.ChangedDays),
            new ApplyHolidaySchedule(year, change.IsAmendment, change.ChangedDays));
    }

    private sealed class LoadAfterCommit(WorkingDayCalendar calendar, HolidaySchedule schedule) : DocumentSessionListenerBase
    {
        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            calendar.Load(schedule);
            return Task.CompletedTask;
        }
    }
}

public static class ApplyHolidayScheduleHandler
{
    /// <summary>
    /// The committed record is the truth: loading it again is a no-op after the commit's own load, and makes sure a message
    /// handled after a restart uses it. The changed days travel in the message, since the calendar no longer differs.
    /// </summary>
    public static async Task<HolidayScheduleChanged> Handle(ApplyHolidaySchedule command, IQuerySession session, WorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var record = await session.LoadAsync<HolidayScheduleRecord>(HolidayScheduleRecord.StreamIdFor(command.Year), cancellation)
                     ?? throw new NotFoundException($"{command.Year}年节假日安排不存在 / no schedule for {command.Year}.");
        calendar.Load(record.ToSchedule());
        return new HolidayScheduleChanged(command.Year, command.IsAmendment, command.ChangedDays, record.Notice);
    }
}
