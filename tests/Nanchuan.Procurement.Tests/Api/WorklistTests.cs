using Nanchuan.Grievances.Contracts;
using Nanchuan.Procurement.Hotline;
using Nanchuan.Procurement.Worklists;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>Worklists per role, and hotline complaints that become grievances linked to the project.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class WorklistTests(ProcurementHost platform)
{
    [Fact]
    public async Task An_owner_sees_its_projects_a_bidder_its_registrations_awards_and_points_and_a_department_its_approvals()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.RandomDraw, (Bidders[2], null));
        await platform.Post(Owner, Route + $"/projects/{id}/award", new Awarding.AwardProjectBody(null, null, null));
        platform.SetTime(Time("2025-04-16 11:00"));
        var direct = (await platform.PublishAsync(DirectAward(200_000m))).Id;

        var owner = await platform.Get(Owner, Route + "/worklist").Read<Worklist>();
        owner.OwnProjects.Select(p => p.Id).ShouldContain(id);
        var bidder = await platform.Get(Bidders[2], Route + "/worklist").Read<Worklist>();
        bidder.Registrations.Single(r => r.ProjectId == id).Awarded.ShouldBeTrue();
        bidder.Credit!.CountedPoints.ShouldBe(0);
        bidder.OwnProjects.ShouldBeEmpty();
        var department = await platform.Get(AgricultureDesk, Route + "/worklist").Read<Worklist>();
        department.AwaitingApproval.Select(p => p.Id).ShouldContain(direct);
        department.DepartmentProjects.Select(p => p.Id).ShouldContain(id);
        await platform.Get(TestActors.MarketRegulator, Route + "/worklist", 403);
    }

    [Fact]
    public async Task A_complaint_on_the_supervision_hotline_becomes_a_grievance_linked_to_the_project_after_the_grievance_rules_are_applied()
    {
        platform.SetTime(Time("2025-04-14 16:00"));
        var id = (await platform.PublishAsync(Project(300_000m))).Id;
        var before = await platform.EventCountAsync();
        var bad = await platform.Post(AgricultureDesk, Route + $"/projects/{id}/hotline-complaints",
            new HotlineComplaintBody("91500119MA5EF0A200", " ", null, "12345", null, Time("2025-04-14 17:00")), 400).Read<HttpValidationProblemDetails>();
        bad.Errors.Keys.ShouldBe(["creditCode", "enterpriseName", "contactPerson", "phone", "content", "receivedAt"], ignoreOrder: true);
        await platform.Post(HousingDesk, Route + $"/projects/{id}/hotline-complaints", HotlineComplaintBody.Example, 403);
        (await platform.EventCountAsync()).ShouldBe(before);

        var tracked = await platform.Host.TrackAsync(() => platform.Post(AgricultureDesk, Route + $"/projects/{id}/hotline-complaints",
            HotlineComplaintBody.Example with { ReceivedAt = Time("2025-04-14 15:30") }));
        var lodged = tracked.Executed.SingleMessage<LodgeEnterpriseRequest>();
        lodged.SourceModule.ShouldBe("Procurement");
        lodged.SourceCaseId.ShouldBe(id);
        lodged.Channel.ShouldBe(EnterpriseRequestChannel.Phone);
        lodged.Content.ShouldContain("023-71423026");
        (await platform.SqlRowsAsync($"select count(*) from grievances.mt_doc_grievance where data -> 'source' ->> 'reference' = '{lodged.SourceReference}'"))
            .ShouldBe(["1"]);
        (await platform.EventsAsync(id)).OfType<HotlineComplaintRecorded>().ShouldHaveSingleItem().ComplaintId.ShouldBe(lodged.SourceReference);
    }
}
