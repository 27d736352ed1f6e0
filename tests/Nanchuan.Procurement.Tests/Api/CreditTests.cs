using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Enforcement.Contracts;
using Nanchuan.Procurement.Contracts;
using Nanchuan.Procurement.Credit;
using Nanchuan.Procurement.Registration;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>Credit points: incidents with their points, counted for 12 months, 12 counted points bar registration for 6 months.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class CreditTests(ProcurementHost platform)
{
    private static readonly Actor Barred = Organisation("91500119MA5EF0C15T", "重庆南川失信建筑有限公司");

    [Fact]
    public async Task A_bidder_whose_12th_point_is_recorded_on_2024_03_10_cannot_register_until_2024_09_10_and_from_then_on_can()
    {
        platform.SetTime(Time("2024-01-15 10:00"));
        var first = await platform.Post(AgricultureDesk, Route + $"/bidders/{Barred.CreditCode}/incidents",
            new RecordIncidentBody(Barred.Name, IncidentKind.RefusedToSign, new DateOnly(2024, 1, 15), null, "中标后拒不签订合同")).Read<IncidentRecordedResponse>();
        first.Points.ShouldBe(6);
        first.BarredUntil.ShouldBeNull();

        platform.SetTime(Time("2024-03-10 10:00"));
        var tracked = await platform.Host.TrackAsync(async () =>
        {
            var second = await platform.Post(HousingDesk, Route + $"/bidders/{Barred.CreditCode}/incidents",
                new RecordIncidentBody(Barred.Name, IncidentKind.RefusedToSign, new DateOnly(2024, 3, 8), null, "再次拒签")).Read<IncidentRecordedResponse>();
            second.CountedPoints.ShouldBe(12);
            second.BarredUntil.ShouldBe(new DateOnly(2024, 9, 10));
        });
        tracked.FindSingleTrackedMessageOfType<BidderBarred>().ShouldBe(new BidderBarred(Barred.CreditCode!, Barred.Name, 12, new DateOnly(2024, 3, 10), new DateOnly(2024, 9, 10)));

        // Published Thu 2024-09-05: registration runs to Thu 2024-09-12 18:00.
        platform.SetTime(Time("2024-09-05 10:00"));
        var id = (await platform.PublishAsync(Project(150_000m))).Id;
        platform.SetTime(Time("2024-09-09 17:00"));
        var refused = await platform.Post(Barred, Route + $"/projects/{id}/registrations", new RegisterBidderBody(null), 403).Read<ProblemDetails>();
        refused.Detail!.ShouldContain("2024-09-10起方可报名");
        var standing = await platform.Get(Barred, Route + $"/bidders/{Barred.CreditCode}/credit").Read<CreditStanding>();
        standing.Bar!.Until.ShouldBe(new DateOnly(2024, 9, 10));
        standing.CountedPoints.ShouldBe(12);

        platform.SetTime(Time("2024-09-10 08:00"));
        await platform.Post(Barred, Route + $"/projects/{id}/registrations", new RegisterBidderBody(null));
        (await platform.Get(Barred, Route + $"/bidders/{Barred.CreditCode}/credit").Read<CreditStanding>()).Bar.ShouldBeNull();
    }

    [Fact]
    public async Task A_serious_violation_published_by_Enforcement_becomes_one_incident_of_12_points_even_when_delivered_twice()
    {
        var code = "91500119MA5EF0C23M";
        platform.SetTime(Time("2025-05-20 10:00"));
        var found = new SeriousViolationFound(Guid.NewGuid(), code, "重庆南川违法施工有限公司", "区住房城乡建委", "IN-07", "在建工程施工安全", "《建设工程安全生产管理条例》",
            Time("2025-05-19 15:00"));
        var tracked = await platform.Host.TrackAsync(async context =>
        {
            await context.InvokeAsync(found);
            await context.InvokeAsync(found);
        });
        tracked.FindSingleTrackedMessageOfType<BidderBarred>().BarredUntil.ShouldBe(new DateOnly(2025, 11, 20));
        var standing = await platform.Get(TestActors.Supervisor, Route + $"/bidders/{code}/credit").Read<CreditStanding>();
        standing.Incidents.ShouldHaveSingleItem().Kind.ShouldBe(IncidentKind.SeriousViolation);
        standing.Incidents[0].Points.ShouldBe(12);
        standing.Incidents[0].OccurredOn.ShouldBe(new DateOnly(2025, 5, 19));
        standing.Incidents[0].Source.ShouldBe("Enforcement");
    }

    [Fact]
    public async Task Bad_incidents_are_400_naming_every_field_other_departments_403_and_a_bidder_reads_only_its_own_record()
    {
        platform.SetTime(Time("2025-05-20 10:00"));
        var before = await platform.EventCountAsync();
        var problem = await platform.Post(AgricultureDesk, Route + "/bidders/91500119MA5EF0C31H/incidents",
            new RecordIncidentBody(" ", IncidentKind.SeriousViolation, new DateOnly(2025, 5, 21), Guid.NewGuid(), null), 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["creditCode", "bidderName", "kind", "occurredOn", "note", "projectId"], ignoreOrder: true);
        await platform.Post(TestActors.MarketRegulator, Route + "/bidders/91500119MA5EF0C31G/incidents",
            new RecordIncidentBody("某公司", IncidentKind.FalseMaterials, new DateOnly(2025, 5, 1), null, "虚假业绩"), 403);
        (await platform.EventCountAsync()).ShouldBe(before);
        await platform.Get(Bidders[0], Route + "/bidders/91500119MA5EF0C31G/credit", 403);
        (await platform.Get(Bidders[0], Route + $"/bidders/{Bidders[0].CreditCode}/credit").Read<CreditStanding>()).CountedPoints.ShouldBe(0);
    }
}
