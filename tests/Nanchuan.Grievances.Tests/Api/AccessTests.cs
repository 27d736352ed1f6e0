using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Rating;
using Nanchuan.Grievances.Handling;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Issue 3, point 4: who sees and does what. Every refusal is a 403 with the reason.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class AccessTests(GrievancesHost platform)
{
    private static readonly Actor OtherEnterprise =
        new("ent-2", "重庆南川另一家公司", Roles.Enterprise, null, "91500119MA5U00011P", Channels.Web);

    private async Task<Guid> AssignedToMarketRegulator()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var received = await platform.Receive();
        await platform.Assign(received.Id, unit: TestActors.MarketRegulator.DepartmentId!);
        return received.Id;
    }

    [Fact]
    public async Task An_enterprise_sees_only_its_own_requests()
    {
        var id = await AssignedToMarketRegulator();

        (await platform.Details(id, TestActors.Enterprise)).Id.ShouldBe(id);
        var refused = await platform.Get(OtherEnterprise, $"{GrievanceApi.Route}/{id}", 403);
        (await refused.ReadAsTextAsync()).ShouldContain("不属于本企业");
        var othersList = await platform.Get(OtherEnterprise, GrievanceApi.Route).Read<List<GrievanceListItem>>();
        othersList.ShouldNotContain(item => item.Id == id);
        var ownList = await platform.Get(TestActors.Enterprise, GrievanceApi.Route).Read<List<GrievanceListItem>>();
        ownList.ShouldContain(item => item.Id == id);
        ownList.ShouldAllBe(item => item.CreditCode == TestActors.Enterprise.CreditCode);
    }

    [Fact]
    public async Task An_enterprise_cannot_rate_another_enterprises_request()
    {
        var id = await AssignedToMarketRegulator();
        await platform.Report(id, GrievanceApi.At(2024, 5, 9, 10, 0));

        var refused = await platform.Post(OtherEnterprise, $"{GrievanceApi.Route}/{id}/enterprise-rating", new RateServiceRequest(ServiceRating.Satisfied, null), 403);
        (await refused.ReadAsTextAsync()).ShouldContain("不属于本企业");
        (await platform.Rate(id, ServiceRating.Satisfied)).Event.ShouldBe(nameof(GrievanceRatedByEnterprise));
    }

    [Fact]
    public async Task An_enterprise_lodges_only_under_its_own_credit_code()
    {
        var request = GrievanceApi.PlatformRequest(OtherEnterprise);
        var refused = await platform.Post(TestActors.Enterprise, GrievanceApi.Route, request, 403);
        (await refused.ReadAsTextAsync()).ShouldContain("本企业");
    }

    [Fact]
    public async Task A_department_handler_sees_and_handles_only_what_is_assigned_to_its_department()
    {
        var id = await AssignedToMarketRegulator();

        (await platform.Details(id, TestActors.MarketRegulator)).Id.ShouldBe(id);
        await platform.Get(TestActors.Planner, $"{GrievanceApi.Route}/{id}", 403);
        var contact = new RecordContactRequest(Domain.ContactMethod.Phone, GrievanceApi.At(2024, 5, 9, 10, 0), "核实诉求");
        var refused = await platform.Post(TestActors.Planner, $"{GrievanceApi.Route}/{id}/contact", contact, 403);
        (await refused.ReadAsTextAsync()).ShouldContain("区规划自然资源局");
        (await platform.Get(TestActors.Planner, GrievanceApi.Route).Read<List<GrievanceListItem>>()).ShouldNotContain(item => item.Id == id);
        (await platform.Get(TestActors.MarketRegulator, GrievanceApi.Route).Read<List<GrievanceListItem>>()).ShouldContain(item => item.Id == id);

        await platform.Post(TestActors.MarketRegulator, $"{GrievanceApi.Route}/{id}/contact", contact);
    }

    [Fact]
    public async Task A_supervisor_reads_everything_and_changes_nothing()
    {
        var id = await AssignedToMarketRegulator();

        (await platform.Details(id, TestActors.Supervisor)).Id.ShouldBe(id);
        (await platform.Get(TestActors.Supervisor, GrievanceApi.Route).Read<List<GrievanceListItem>>()).ShouldContain(item => item.Id == id);
        await platform.Post(TestActors.Supervisor, $"{GrievanceApi.Route}/{id}/closure", new CloseRequestBody(null), 403);
        await platform.Post(TestActors.Supervisor, GrievanceApi.Route, GrievanceApi.PlatformRequest(), 403);
        (await platform.Details(id)).Version.ShouldBe(2);
    }

    [Fact]
    public async Task Only_the_BusinessOffice_assigns()
    {
        var received = await platform.Receive();
        await platform.Post(TestActors.Enterprise, $"{GrievanceApi.Route}/{received.Id}/assignment",
            new Assigning.AssignRequest(Domain.ProblemType.Simple, null, "区市场监管局"), 403);
        (await platform.Details(received.Id)).Rounds.ShouldBeEmpty();
    }
}
