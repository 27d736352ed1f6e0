namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>Opening hours of the service hall on a working day, Asia/Shanghai local time (default 08:30–18:00).</summary>
public sealed record BusinessHours
{
    public TimeOnly Start { get; init; } = new(8, 30);

    public TimeOnly End { get; init; } = new(18, 0);

    /// <summary>Length of one business day (9 h 30 min by default): one working day of elapsed time.</summary>
    public TimeSpan Length => End - Start;
}
