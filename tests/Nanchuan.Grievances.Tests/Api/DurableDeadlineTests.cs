using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Platform rule 4: deadline timers are scheduled durably and fire even when the node that set them is gone.</summary>
public sealed class DurableDeadlineTests
{
    [Fact]
    public async Task A_warning_scheduled_before_a_restart_fires_after_it()
    {
        // Thu 2024-05-09 17:59:55: assignment due Fri 18:00, its warning 1 working day before — 5 seconds from now.
        var firstNode = new GrievancesHost();
        firstNode.Clock.SetUtcNow(GrievanceApi.At(2024, 5, 9, 17, 59).AddSeconds(55));
        await firstNode.InitializeAsync();
        var received = await firstNode.Receive();
        received.AssignmentDueAt.ShouldBe(GrievanceApi.At(2024, 5, 10, 18, 0));
        await firstNode.DisposeAsync();

        var clock = new TestClock(GrievanceApi.At(2024, 5, 9, 18, 1));
        await using var restarted = await SecondNodeHost.StartAsync(firstNode.ConnectionString, clock);
        var store = restarted.Services.GetRequiredService<IDocumentStore>();

        var warned = await WaitForAsync(store, received.Id, TimeSpan.FromSeconds(60));

        warned.IsAssignmentDeadlineWarned.ShouldBeTrue();
        warned.IsAssignmentOverdue.ShouldBeFalse();
        warned.Status.ShouldBe(GrievanceStatus.Received);
    }

    private static async Task<Grievance> WaitForAsync(IDocumentStore store, Guid id, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var session = store.QuerySession();
            var grievance = await session.LoadAsync<Grievance>(id);
            if (grievance is { IsAssignmentDeadlineWarned: true } || DateTime.UtcNow > until) return grievance!;
            await Task.Delay(250);
        }
    }
}
