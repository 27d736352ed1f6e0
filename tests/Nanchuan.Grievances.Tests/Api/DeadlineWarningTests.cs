using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The warning of rule 4 (1 working day before a deadline) is scheduled only when its moment is still ahead.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class DeadlineWarningTests(GrievancesHost platform)
{
    [Fact]
    public async Task A_request_received_after_hours_gets_no_warning_whose_moment_has_passed()
    {
        // Wed 2024-05-08 20:34: assignment due Thu 18:00; its warning moment (Wed 18:00) is already behind.
        platform.SetTime(GrievanceApi.At(2024, 5, 8, 20, 34));
        GrievanceReceivedResponse? received = null;
        await platform.Host.TrackAsync(async () => received = await platform.Receive());

        await using var session = platform.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var grievance = (await session.LoadAsync<Grievance>(received!.Id))!;
        grievance.AssignmentDueAt.ShouldBe(GrievanceApi.At(2024, 5, 9, 18, 0));
        grievance.IsAssignmentDeadlineWarned.ShouldBeFalse();
        grievance.IsAssignmentOverdue.ShouldBeFalse();
    }
}
