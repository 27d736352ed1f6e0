namespace Nanchuan.Enforcement.Domain;

/// <summary>When a visit happened: now, or an earlier time given by whoever records it afterwards; a time in the future is refused.</summary>
internal static class VisitTime
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static DateTimeOffset Resolve(DateTimeOffset? given, DateTimeOffset now, string field)
    {
        if (given is not { } at) return now.ToOffset(TimeSpan.FromHours(8));
        if (at > now + ClockSkew) throw new DomainValidationException(field, "时间不能晚于当前时间 / the time cannot be in the future.");
        return at;
    }
}
