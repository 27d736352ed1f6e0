using System.Globalization;

namespace Nanchuan.Judiciary.Tests;

/// <summary>Test shorthand: "2025-04-25 10:00" is that wall-clock time in Asia/Shanghai (+08:00).</summary>
internal static class Beijing
{
    public static DateTimeOffset Time(string local) =>
        DateTimeOffset.ParseExact(local + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
