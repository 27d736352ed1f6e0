namespace Nanchuan.Licensing.SpotChecks;

/// <summary>
/// 抽查: the market-supervision bureau drew registrations of one service point to check. The candidates, the seed and the
/// algorithm are recorded so that anyone can replay the draw (platform rule 8).
/// </summary>
public sealed record SpotCheckDrawn(
    Guid SpotCheckId, string ServicePoint, IReadOnlyList<Guid> Candidates, int SampleSize, int Seed, string Algorithm, IReadOnlyList<Guid> Drawn, DateTimeOffset DrawnAt)
    : IDescribedEvent
{
    public string Describe() => $"对{ServicePoint}服务点的{Candidates.Count}件设立登记随机抽查{Drawn.Count}件（种子{Seed}）";
}

/// <summary>The check of one drawn registration passed or failed, with what was found.</summary>
public sealed record SpotCheckResultRecorded(Guid SpotCheckId, Guid RegistrationId, bool Passed, string Findings) : IDescribedEvent
{
    public string Describe() => Passed ? $"抽查合格：{Findings}" : $"抽查不合格：{Findings}";
}

/// <summary>督促整改: a failed check opens a rectification the service point must close.</summary>
public sealed record RectificationOpened(Guid SpotCheckId, Guid RegistrationId, string ServicePoint, string Requirement) : IDescribedEvent
{
    public string Describe() => $"督促{ServicePoint}服务点整改：{Requirement}";
}

/// <summary>The service point closed the rectification, saying what it did.</summary>
public sealed record RectificationClosed(Guid SpotCheckId, Guid RegistrationId, string Measures) : IDescribedEvent
{
    public string Describe() => $"服务点完成整改：{Measures}";
}
