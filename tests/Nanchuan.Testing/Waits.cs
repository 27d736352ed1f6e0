namespace Nanchuan.Testing;

/// <summary>The kit's wait for what a background service or another node does in its own time: the condition is polled until it holds.</summary>
public static class Waits
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"{what}: the condition did not hold within 30 s.");
            await Task.Delay(50);
        }
    }
}
