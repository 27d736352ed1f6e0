using Marten;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Openings;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

/// <summary>
/// At start-up: records each shipped schedule that the database does not hold yet (so every year has an auditable
/// history), then loads the stored schedules, which win over the shipped files (an admin may have amended them).
/// </summary>
public sealed class HolidayScheduleBootstrap(IDocumentStore store, WorkingDayCalendar calendar, ILogger<HolidayScheduleBootstrap> logger)
    : IPlatformOpening
{
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        // Every stored year (an admin may have loaded years that were never shipped) by Marten's SQL query, not a LINQ query: at
        // every start this would be the process's first LINQ query, and the first pays for Marten's query parser (ADR 0252).
        var stored = (await session.QueryAsync<HolidayScheduleRecord>("where true", cancellationToken)).ToDictionary(r => r.Year);
        foreach (var shipped in HolidayScheduleFile.LoadShipped().Where(s => !stored.ContainsKey(s.Year)))
        {
            session.Events.StartStream<HolidayScheduleRecord>(HolidayScheduleRecord.StreamIdFor(shipped.Year),
                new HolidayScheduleLoaded(shipped.Year, shipped.Notice, shipped.Holidays, shipped.MakeUpWorkdays,
                    HolidayScheduleSource.ShippedFile, IsAmendment: false, ChangedDays: []));
        }
        await session.SaveChangesAsync(cancellationToken);

        foreach (var record in stored.Values.OrderBy(r => r.Year))
        {
            var change = calendar.Load(record.ToSchedule());
            if (change.ChangedDays.Count > 0)
                logger.LogInformation("Holiday schedule {Year} from the database differs from the shipped file on {Days} days", record.Year, change.ChangedDays.Count);
        }
    }
}
