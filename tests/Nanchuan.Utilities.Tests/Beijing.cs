using System.Globalization;
using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Utilities.Tests;

/// <summary>Test shorthand: "2025-01-23 10:00" is that wall-clock time in Asia/Shanghai (+08:00); the shipped 2024–2026 calendar.</summary>
internal static class Beijing
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WithShippedSchedules();

    public static DateTimeOffset Time(string local) =>
        DateTimeOffset.ParseExact(local + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
