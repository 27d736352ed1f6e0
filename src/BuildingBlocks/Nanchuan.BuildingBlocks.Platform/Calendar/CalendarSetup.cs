using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Openings;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

/// <summary>The working-day calendar as a platform service: one instance, shipped schedules, then those stored in the database.</summary>
public static class CalendarSetup
{
    public static void AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules(ModuleSettings.ReadChecked<CalendarSettings>(configuration, "Calendar").Options());
        services.AddSingleton(calendar);
        services.AddSingleton<IWorkingDayCalendar>(calendar);
        services.AddPlatformOpening<HolidayScheduleBootstrap>();
    }

    public static void ConfigureCalendarStorage(this StoreOptions options)
    {
        options.Projections.Snapshot<HolidayScheduleRecord>(SnapshotLifecycle.Inline);
        options.Schema.For<HolidayScheduleRecord>().DatabaseSchemaName(PlatformHosting.PlatformSchema);
    }
}
