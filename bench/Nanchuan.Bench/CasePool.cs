namespace Nanchuan.Bench;

/// <summary>
/// Cases a command can be applied to exactly once (S1): taken in order, seeded on demand. The number a run needs is
/// estimated from the fastest throughput seen so far, with a margin; a run that outran its cases shows failures.
/// </summary>
public sealed class CasePool(Func<int, Task<IReadOnlyList<Guid>>> seed, double initialRateGuess)
{
    private readonly Queue<Guid> _available = new();
    private double _fastestRate = initialRateGuess;

    public async Task<IReadOnlyList<Guid>> TakeForAsync(int seconds)
    {
        var needed = (int)Math.Ceiling(_fastestRate * (seconds + 1) * 1.5) + 100;
        if (_available.Count < needed)
            foreach (var id in await seed(needed - _available.Count)) _available.Enqueue(id);
        return Enumerable.Range(0, needed).Select(_ => _available.Dequeue()).ToList();
    }

    public void Observed(double requestsPerSecond) => _fastestRate = Math.Max(_fastestRate, requestsPerSecond);
}
