using Nanchuan.Incentives.Tracking;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>The tracking reminder is a durable timer: it fires even when the node that set it is gone.</summary>
public sealed class DurableReminderTests
{
    [Fact]
    public async Task A_reminder_scheduled_before_a_restart_fires_after_it()
    {
        // Mon 2025-09-01 08:59:55: E2 (construction start by 2025-10-01) is reminded 30 days before, at 09:00 — 5 seconds from now.
        var firstNode = new IncentivesHost();
        firstNode.SetTime(Time("2025-09-01 08:59").AddSeconds(55));
        await firstNode.InitializeAsync();
        var id = (await firstNode.Post(ParkCommittee, Route + "/agreements", Agreement("91500119MA5EF0A39X", "NCGYY-2025-701"), 201)
            .Read<Signing.AgreementRecordedResponse>()).Id;
        await firstNode.Post(ParkCommittee, $"{Route}/agreements/{id}/tracking-officer", new AssignOfficerBody(Officer.Id, Officer.Name));
        await firstNode.DisposeAsync();

        await using var restarted = await firstNode.RestartAsync(Time("2025-09-01 09:01"));
        var fired = await restarted.WaitForExecutionAsync<TrackingReminderDue>();
        fired.FindSingleTrackedMessageOfType<TrackingReminderDue>().Code.ShouldBe("E2");
        (await restarted.EventsAsync(id)).OfType<TrackingOfficerReminded>().Single().ShouldBe(
            new TrackingOfficerReminded(id, "E2", Officer.Id, new DateOnly(2025, 10, 1), Time("2025-09-01 09:01")));
    }
}
