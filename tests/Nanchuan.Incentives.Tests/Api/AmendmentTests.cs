using Alba;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Incentives.Amending;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>Amendments are events; the ledgers as they stood at any time.</summary>
[Collection(IncentivesCollection.Name)]
public sealed class AmendmentTests(IncentivesHost platform)
{
    private static readonly AmendAgreementBody Supplement = new("补充协议-1：投资额调增至1.2亿元，期限顺延至2026年3月31日；增加人才政策支持",
        [new("E1", MilestoneKind.Investment, "固定资产投资不低于1.2亿元", 120_000_000m, new DateOnly(2026, 3, 31))],
        [
            new("G1", IncentiveKind.Subsidy, IncentiveBasis.Agreement, null, "固定资产投资补助", "固定资产投资达到1.2亿元", "E1", 3_600_000m),
            new("G4", IncentiveKind.PolicySupport, IncentiveBasis.OtherPolicy, "南川区人才引进政策", "高层次人才安居补助", "签订补充协议即兑现", null, 50_000m),
        ], []);

    [Fact]
    public async Task An_amendment_is_one_event_and_the_ledgers_as_of_a_date_before_it_show_the_original_terms()
    {
        var id = await platform.SignAsync("91500119MA5EF0A63E", "NCGYY-2025-101");
        platform.SetTime(Time("2025-04-15 10:00"));
        IScenarioResult? answer = null;
        var tracked = await platform.Host.TrackAsync(async () => answer = await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/amendments", Supplement));
        (await answer!.ReadAsJsonAsync<CaseStepRecorded>()).Version.ShouldBe(4);
        answer.Context.Response.Headers.ETag.ToString().ShouldBe("\"4\"");
        (await platform.EventsAsync(id)).Select(e => e.GetType().Name).ShouldBe(["AgreementSigned", "IncentiveFellDue", "AgreementAmended", "IncentiveFellDue"]);
        tracked.MessagesPublished<DeadlineRecomputed>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.Deadline.ShouldBe("Milestone:E1"), d => d.PreviousDueAt.ShouldBe(Time("2026-01-01 00:00")), d => d.DueAt.ShouldBe(Time("2026-04-01 00:00")));
        tracked.MessagesPublished<DeadlineSet>().ShouldHaveSingleItem().Deadline.ShouldBe("Payment:G4");

        var now = await platform.LedgersAsync(id);
        now.Milestone("E1")!.Target.ShouldBe(120_000_000m);
        now.Incentive("G1")!.Amount.ShouldBe(3_600_000m);
        now.Incentive("G4")!.Status.ShouldBe(IncentiveStatus.Due);
        now.Amendments.ShouldBe([Supplement.Reason!]);

        var before = await platform.LedgersAsync(id, asOf: "2025-04-01T00:00:00+08:00");
        before.Version.ShouldBe(2);
        before.Milestone("E1")!.Target.ShouldBe(100_000_000m);
        before.Milestone("E1")!.DueDate.ShouldBe(new DateOnly(2025, 12, 31));
        before.Incentive("G1")!.Amount.ShouldBe(3_000_000m);
        before.Incentive("G4").ShouldBeNull();
        before.Amendments.ShouldBeEmpty();
        (await platform.LedgersAsync(id, TestActors.Supervisor, "2025-04-15T10:00:00+08:00")).Incentive("G4").ShouldNotBeNull();
        await platform.Get(ParkCommittee, $"{Route}/agreements/{id}?asOf=2025-03-01T00:00:00%2B08:00", 404);
        await platform.Get(ParkCommittee, $"{Route}/agreements/{id}?asOf=yesterday", 400);
    }

    [Fact]
    public async Task Changing_an_item_already_due_is_409_naming_its_state_and_a_bad_amendment_is_400_and_nothing_is_written()
    {
        var id = await platform.SignAsync("91500119MA5EF0A63E", "NCGYY-2025-102");
        platform.SetTime(Time("2025-04-15 10:00"));
        var before = await platform.EventCountAsync();
        var g2 = new IncentiveBody("G2", IncentiveKind.Infrastructure, IncentiveBasis.Agreement, null, "厂区道路", "签约即实施", null, 900_000m);
        var conflict = await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/amendments", new AmendAgreementBody("调减配套", [], [g2], []), 409)
            .Read<ProblemDetails>();
        conflict.Extensions["currentState"]!.ToString().ShouldBe("应兑未兑（待联合审查）");

        var bad = await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/amendments", new AmendAgreementBody(" ", null, null, ["E1", "E7"]), 400)
            .Read<ValidationProblemDetails>();
        bad.Errors.Keys.Order().ShouldBe(["reason", "withdrawn"]);
        bad.Errors["withdrawn"].ShouldBe(["协议中没有事项E7 / the agreement has no line E7.", "兑现事项G1以履约事项E1为条件，不能撤销该履约事项 / item G1 depends on milestone E1."]);
        await platform.Post(Economy, $"{Route}/agreements/{id}/amendments", Supplement, 403);
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
