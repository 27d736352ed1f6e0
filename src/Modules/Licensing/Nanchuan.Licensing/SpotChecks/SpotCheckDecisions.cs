namespace Nanchuan.Licensing.SpotChecks;

/// <summary>Pure decisions of spot checks (抽查) and rectifications (督促整改).</summary>
internal static class SpotCheckDecisions
{
    public const string Algorithm =
        "candidates sorted by registration id ascending; partial Fisher–Yates shuffle with System.Random(seed) (.NET seeded generator): for i = 0 … sampleSize−1 swap i with Next(i, n); the first sampleSize are drawn";

    /// <summary>The replayable draw: the same candidates and seed always give the same registrations.</summary>
    public static IReadOnlyList<Guid> Draw(IEnumerable<Guid> candidates, int sampleSize, int seed)
    {
        var pool = candidates.Order().ToArray();
        var random = new Random(seed);
        var count = Math.Min(sampleSize, pool.Length);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..count];
    }

    public static SpotCheckDrawn Start(Guid id, string servicePoint, IReadOnlyCollection<Guid> candidates, int sampleSize, int seed, DateTimeOffset now)
    {
        if (sampleSize < 1) throw new DomainValidationException("sampleSize", "抽查数量至少为1 / the sample size must be at least 1.");
        if (candidates.Count == 0)
            throw new DomainValidationException("servicePoint", "该服务点尚无已发照的设立登记可抽查 / the service point has no issued registration to check.");
        var ordered = candidates.Order().ToList();
        return new SpotCheckDrawn(id, servicePoint, ordered, sampleSize, seed, Algorithm, Draw(ordered, sampleSize, seed), now);
    }

    /// <summary>A result for a drawn registration; a failure also opens a rectification.</summary>
    public static IReadOnlyList<object> RecordResult(SpotCheck state, Guid registrationId, bool passed, string? findings)
    {
        var item = state.ItemFor(registrationId)
                   ?? throw new DomainValidationException("registrationId", "该设立登记未被本次抽中 / the registration was not drawn in this spot check.");
        if (item.Passed is not null) throw new InvalidStateTransitionException("已记录抽查结果", "记录抽查结果");
        if (string.IsNullOrWhiteSpace(findings)) throw new DomainValidationException("findings", "请填写抽查情况 / the findings are required.");
        var result = new SpotCheckResultRecorded(state.Id, registrationId, passed, findings.Trim());
        return passed ? [result] : [result, new RectificationOpened(state.Id, registrationId, state.ServicePoint, findings.Trim())];
    }

    public static RectificationClosed CloseRectification(SpotCheck state, Guid registrationId, string? measures)
    {
        var item = state.ItemFor(registrationId)
                   ?? throw new DomainValidationException("registrationId", "该设立登记未被本次抽中 / the registration was not drawn in this spot check.");
        if (!item.RectificationOpen)
            throw new InvalidStateTransitionException(item.Measures is null ? "无整改事项" : "整改已完成", "完成整改");
        if (string.IsNullOrWhiteSpace(measures)) throw new DomainValidationException("measures", "请填写整改措施 / the measures taken are required.");
        return new RectificationClosed(state.Id, registrationId, measures.Trim());
    }
}
