using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>One calendar with the shipped 2024–2026 schedules, shared by tests that only read it.</summary>
internal static class ShippedCalendar
{
    public static readonly WorkingDayCalendar Instance = WorkingDayCalendar.WithShippedSchedules();
}
