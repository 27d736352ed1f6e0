using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nanchuan.Testing;
using Wolverine;

namespace Nanchuan.Platform.Tests.MultiNode;

/// <summary>
/// Two platform nodes on one database, as behind a load balancer (docs/operations/multi-node.md): the fixture's own host is
/// node A, <see cref="B"/> is node B. Each has its own clock, set together by <see cref="SetTime"/>. Due scheduled messages are
/// polled for every second by the durability agent, on whichever node the leader gave it.
/// </summary>
public sealed class TwoNodes : PlatformHost
{
    // Monday 2026-03-02 10:00 in Beijing: a working day; every deadline set now ends within the same spring.
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly FakeTimeProvider clockA = new(Start.ToUniversalTime());
    private readonly FakeTimeProvider clockB = new(Start.ToUniversalTime());
    private IAlbaHost? b;

    public IAlbaHost A => Host;

    public IAlbaHost B => b ?? throw new InvalidOperationException("Node B has not started.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // After A: A applied the schema, B finds it current (two first starts on an empty database would race to create it).
        b = await StartAsync(ConnectionString, builder => Configure(builder, clockB));
    }

    protected override void ConfigureHost(IWebHostBuilder builder) => Configure(builder, clockA);

    private static void Configure(IWebHostBuilder builder, TimeProvider clock)
    {
        builder.UseClock(clock);
        builder.ConfigureTestServices(services => services.ConfigureWolverine(options =>
            options.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(1)));
    }

    public void SetTime(DateTimeOffset instant)
    {
        clockA.SetUtcNow(instant.ToUniversalTime());
        clockB.SetUtcNow(instant.ToUniversalTime());
    }

    /// <summary>Stops B, then A, whose check of the dead-letter queue covers both nodes: they share it in the database.</summary>
    public override async Task DisposeAsync()
    {
        if (b is not null) await b.DisposeAsync();
        await base.DisposeAsync();
    }
}
