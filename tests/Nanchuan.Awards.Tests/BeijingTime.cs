using System.Globalization;

namespace Nanchuan.Awards.Tests;

/// <summary>Test shorthand: "2024-11-05 10:00" is that wall-clock time in Asia/Shanghai (+08:00).</summary>
internal static class BeijingTime
{
    public static DateTimeOffset Time(string local) =>
        DateTimeOffset.ParseExact(local + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
