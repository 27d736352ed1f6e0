using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Openings;
using Nanchuan.BuildingBlocks.Platform.Startup;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

/// <summary>The working-day calendar as a platform service: one instance, shipped schedules, then those stored in the database.</summary>
public static class CalendarSetup
{
    public static void AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration, StartupPieces startupPieces)
    {
        var options = ModuleSettings.ReadChecked<CalendarSettings>(configuration, "Calendar").Options();
        // Reading and checking the shipped schedules is a seventh of the main thread's work before the server starts (first
        // use of the JSON and frozen-collection code): it runs on a pool thread beside the rest of the registration and the
        // endpoints' mapping, and the first service that needs the calendar takes it (ADR 0211). A bad setting still stops
        // the start here; a broken shipped file is logged when it is found and stops the start when the calendar is first
        // resolved, before the server starts (ADR 0238).
        var calendar = startupPieces.Begin("working-day calendar's shipped holiday schedules", () => WorkingDayCalendar.WithShippedSchedules(options));
        services.AddSingleton(_ => calendar.GetAwaiter().GetResult());
        services.AddSingleton<IWorkingDayCalendar>(provider => provider.GetRequiredService<WorkingDayCalendar>());
        services.AddPlatformOpening<HolidayScheduleBootstrap>();
    }

    public static void ConfigureCalendarStorage(this StoreOptions options)
    {
        options.Projections.Snapshot<HolidayScheduleRecord>(SnapshotLifecycle.Inline);
        options.Schema.For<HolidayScheduleRecord>().DatabaseSchemaName(PlatformHosting.PlatformSchema);
    }
}
