using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Nanchuan.Platform.Tests;

/// <summary>An event appended by a message handler names the user whose action sent the message, not just "system".</summary>
public sealed class ActorPropagationTests
{
    [Fact]
    public async Task A_handler_appends_events_as_the_user_who_sent_the_message()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("actor");
        await using var host = await PlatformHost.StartAsync(database, WithProbeHandler);
        var streamId = Guid.NewGuid();

        await host.TrackActivity(MessageTracking.Timeout).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
        {
            using (CurrentActor.Use(TestActors.WindowClerk)) await bus.PublishAsync(new ActorProbe(streamId));
        }));

        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(streamId);
        var stamped = events.ShouldHaveSingleItem();
        stamped.Headers![EventHeaders.ActorId].ToString().ShouldBe(TestActors.WindowClerk.Id);
        stamped.Headers[EventHeaders.Role].ToString().ShouldBe("WindowClerk");
        stamped.Headers[EventHeaders.Department].ToString().ShouldBe("区政务服务中心");
        stamped.Headers[EventHeaders.Channel].ToString().ShouldBe("window");
    }

    [Fact]
    public async Task A_message_the_platform_sends_on_its_own_runs_as_the_system()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("system");
        await using var host = await PlatformHost.StartAsync(database, WithProbeHandler);
        var streamId = Guid.NewGuid();

        await host.TrackActivity(MessageTracking.Timeout).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(bus => bus.PublishAsync(new ActorProbe(streamId)).AsTask()));

        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stamped = (await session.Events.FetchStreamAsync(streamId)).ShouldHaveSingleItem();
        stamped.Headers![EventHeaders.Role].ToString().ShouldBe("System");
        stamped.Headers[EventHeaders.Channel].ToString().ShouldBe("system");
    }

    [Fact]
    public async Task A_message_scheduled_by_a_user_runs_later_as_the_system()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("scheduled");
        await using var host = await PlatformHost.StartAsync(database, WithProbeHandler);
        var streamId = Guid.NewGuid();

        await host.TrackAsync(async bus =>
        {
            using (CurrentActor.Use(TestActors.BusinessOffice)) await bus.ScheduleAsync(new ActorProbe(streamId), TimeSpan.FromSeconds(1));
        }, tracking => tracking.WaitForExecutionOf<ActorProbe>(probe => probe.StreamId == streamId));

        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.FetchStreamAsync(streamId)).ShouldHaveSingleItem().Headers![EventHeaders.Role].ToString().ShouldBe("System");
    }

    [Fact]
    public async Task A_deadline_timer_sent_by_a_user_runs_as_the_system_even_when_delivered_at_once()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("timer");
        await using var host = await PlatformHost.StartAsync(database, WithProbeHandler);
        var streamId = Guid.NewGuid();

        await host.TrackActivity(MessageTracking.Timeout).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
        {
            using (CurrentActor.Use(TestActors.BusinessOffice)) await bus.PublishAsync(new TimerProbe(streamId));
        }));

        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.FetchStreamAsync(streamId)).ShouldHaveSingleItem().Headers![EventHeaders.Role].ToString().ShouldBe("System");
    }

    private static void WithProbeHandler(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.ConfigureWolverine(options => options.Discovery.IncludeType(typeof(ActorProbeHandler)).IncludeType(typeof(TimerProbeHandler))));
}

public sealed record ActorProbe(Guid StreamId);

public sealed record ActorProbeRecorded(Guid StreamId);

public static class ActorProbeHandler
{
    public static void Handle(ActorProbe probe, IDocumentSession session) => session.Events.StartStream(probe.StreamId, new ActorProbeRecorded(probe.StreamId));
}

public sealed record TimerProbe(Guid StreamId) : Nanchuan.BuildingBlocks.Events.IDeadlineTimer;

public static class TimerProbeHandler
{
    public static void Handle(TimerProbe probe, IDocumentSession session) => session.Events.StartStream(probe.StreamId, new ActorProbeRecorded(probe.StreamId));
}
