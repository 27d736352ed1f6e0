using System.Globalization;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>Test shorthand: "2024-02-09 10:00" is that wall-clock time in Asia/Shanghai (+08:00).</summary>
internal static class Beijing
{
    public static DateTimeOffset Time(string local) =>
        DateTimeOffset.ParseExact(local + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Asserts the instant and that it is expressed with the +08:00 offset.</summary>
    public static void ShouldBeBeijing(this DateTimeOffset actual, string expectedLocal)
    {
        actual.ShouldBe(Time(expectedLocal));
        actual.Offset.ShouldBe(TimeSpan.FromHours(8));
    }
}
