namespace Nanchuan.Utilities.Access;

/// <summary>
/// When a step happened: now, or an earlier time given by the user recording it after the fact (a window clerk entering a
/// paper application, a provider recording a power on). A time in the future is refused, and so is any time an enterprise gives (ADR 0033).
/// </summary>
internal static class StepTime
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static DateTimeOffset Resolve(DateTimeOffset? given, TimeProvider time, string field)
    {
        ClientTimes.RefuseFromEnterprise(given, field);
        var now = time.GetUtcNow();
        if (given is not { } at) return now.ToOffset(TimeSpan.FromHours(8));
        if (at > now + ClockSkew) throw new DomainValidationException(field, "时间不能晚于当前时间 / the time cannot be in the future.");
        return at;
    }
}
