using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Testing;
using Wolverine;

namespace Nanchuan.Platform.Tests;

/// <summary>A scheduled message is durable: scheduled by one host, it is handled by the next one after a restart.</summary>
public sealed class ScheduledMessageRestartTests
{
    [Fact]
    public async Task A_message_scheduled_before_a_restart_is_handled_after_it()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("restart");
        var id = Guid.NewGuid();

        await using (var first = await PlatformHost.StartAsync(database, WithTestHandlers))
        {
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().ScheduleAsync(new RestartProbe(id), DateTimeOffset.UtcNow.AddSeconds(3));
        }
        // The first host is gone before the message was due.

        await using var second = await PlatformHost.RestartAsync(database, WithTestHandlers);
        await second.WaitForExecutionAsync<RestartProbe>();

        (await second.LoadAsync<RestartProbeReceipt>(id)).ShouldNotBeNull("the scheduled message was not handled after the restart");
    }

    private static void WithTestHandlers(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.ConfigureWolverine(options =>
            options.Discovery.IncludeType(typeof(RestartProbeHandler))));
}

public sealed record RestartProbe(Guid Id);

public sealed class RestartProbeReceipt
{
    public Guid Id { get; set; }
}

public static class RestartProbeHandler
{
    public static void Handle(RestartProbe probe, IDocumentSession session) => session.Store(new RestartProbeReceipt { Id = probe.Id });
}
