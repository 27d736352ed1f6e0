using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Testing;
using Nanchuan.Utilities.Access;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Gas;
using Nanchuan.Utilities.Tests.Domain;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

[Collection(UtilitiesCollection.Name)]
public sealed class GasConnectionTests(UtilitiesHost platform)
{
    private const string Route = UtilitiesApi.Route + "/gas-connections";
    private const string Operator = "南川燃气公司";

    private async Task PublishedVersions()
    {
        var lists = await platform.Host.Scenario(s =>
        {
            s.Get.Url($"{UtilitiesApi.Route}/gas/price-lists?operatorName={Uri.EscapeDataString(Operator)}");
            s.As(platform, TestActors.Enterprise);
            s.IgnoreStatusCode();
        });
        if (lists.Context.Response.StatusCode == 200) return;
        await platform.Post(UtilitiesApi.GasOperator, $"{UtilitiesApi.Route}/gas/price-lists",
            new PublishPriceListRequest(Operator, GasFeeTests.Version1.EffectiveFrom, GasFeeTests.Version1.Items, GasFeeTests.Version1.Packages));
        var second = await platform.Post(UtilitiesApi.GasOperator, $"{UtilitiesApi.Route}/gas/price-lists",
            new PublishPriceListRequest(Operator, GasFeeTests.Version2.EffectiveFrom, GasFeeTests.Version2.Items, GasFeeTests.Version2.Packages))
            .Read<PriceListPublishedResponse>();
        second.Version.ShouldBe(2);
    }

    /// <summary>Application, survey and plan on the dates given; returns the connection id.</summary>
    private async Task<Guid> Planned(DateTimeOffset receivedAt, GasUserCategory category = GasUserCategory.OtherNonResidential)
    {
        await PublishedVersions();
        platform.SetTime(receivedAt);
        var applied = await platform.Post(UtilitiesApi.GasOperator, Route,
            new ApplyForGasRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", Operator, GasApplicationChannel.Hotline, category, "南川区东城街道隆化路12号", null), 201)
            .Read<GasApplicationResponse>();
        await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{applied.Id}/survey", new RecordSurveyRequest("具备接气条件", null));
        await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{applied.Id}/plan", new ProposePlanRequest("敷设PE管De32约10米，安装G4表1块", null));
        return applied.Id;
    }

    [Fact]
    public async Task Survey_and_plan_are_each_due_1_working_day_later_across_the_Dragon_Boat_Festival_2024()
    {
        await PublishedVersions();
        platform.SetTime(Time("2024-06-07 16:00"));
        var applied = await platform.Post(TestActors.Enterprise, Route,
            new ApplyForGasRequest("91500119MA5U8XRB98", "重庆南川示例科技有限公司", Operator, GasApplicationChannel.YuKuaiBanApp, GasUserCategory.SmallCommercial, "南川区东城街道隆化路12号", null), 201)
            .Read<GasApplicationResponse>();
        applied.SurveyDueAt.ShouldBe(Time("2024-06-11 18:00")); // Jun 8–9 weekend, Jun 10 端午节

        platform.SetTime(Time("2024-06-11 17:00"));
        await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{applied.Id}/survey", new RecordSurveyRequest("具备接气条件", null));
        var surveyed = await platform.Get(TestActors.Enterprise, $"{Route}/{applied.Id}").Read<GasConnectionDetails>();
        surveyed.PlanDueAt.ShouldBe(Time("2024-06-12 18:00"));

        platform.SetTime(Time("2024-06-13 09:00"));
        var late = await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{applied.Id}/plan", new ProposePlanRequest("敷设PE管", null)).Read<CaseStepRecorded>();
        late.Summary.ShouldContain("超时");
    }

    [Fact]
    public async Task The_fee_uses_the_price_list_in_force_when_the_plan_was_signed_and_a_non_matching_fee_is_refused()
    {
        var id = await Planned(Time("2024-06-28 10:00"));
        platform.SetTime(Time("2024-06-30 20:00"));
        await platform.SignPlanByBothAsync(id, new SignPlanRequest(null, [new ChosenItem("PE32", 10), new ChosenItem("MTR-G4", 1), new ChosenItem("LAB-INST", 10)], null));

        // Issued on Jul 2 when version 2 (PE32 at 30.00) is in force: the signed version 1 (28.50) still applies.
        platform.SetTime(Time("2024-07-02 10:00"));
        var before = await platform.EventCountAsync();
        var refused = await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{id}/fee", new IssueFeeRequest(
            [new SubmittedFeeLine("PE32", 10, 30m, 300m), new SubmittedFeeLine("MTR-G4", 1, 560m, 560m), new SubmittedFeeLine("LAB-INST", 10, 35m, 350m)], 1210m, null), 400);
        (await refused.ReadAsTextAsync()).ShouldContain("lines[0].unitPrice");
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{id}/fee", new IssueFeeRequest(
            [new SubmittedFeeLine("PE32", 10, 28.50m, 285m), new SubmittedFeeLine("MTR-G4", 1, 560m, 560m), new SubmittedFeeLine("LAB-INST", 10, 35m, 350m)], 1195m, null));
        var details = await platform.Get(TestActors.Enterprise, $"{Route}/{id}").Read<GasConnectionDetails>();
        details.PriceListVersion.ShouldBe(1);
        details.Fee!.Total.ShouldBe(1195m);
        details.Fee.Labour.ShouldBe(350m);
        details.Fee.Materials.ShouldBe(845m);
        details.Status.ShouldBe(GasConnectionStatus.FeeIssued);
    }

    [Fact]
    public async Task A_plan_signed_after_the_new_version_takes_effect_uses_the_new_prices()
    {
        var id = await Planned(Time("2024-07-01 10:00"));
        await platform.SignPlanByBothAsync(id, new SignPlanRequest(null, [new ChosenItem("PE32", 10)], null));
        await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{id}/fee", new IssueFeeRequest([new SubmittedFeeLine("PE32", 10, 30m, 300m)], 300m, null));
        (await platform.Get(TestActors.Enterprise, $"{Route}/{id}").Read<GasConnectionDetails>()).PriceListVersion.ShouldBe(2);
    }

    [Fact]
    public async Task Small_commercial_users_may_choose_the_fixed_price_package_others_may_not()
    {
        var other = await Planned(Time("2024-08-01 10:00"));
        var refused = await platform.Post(TestActors.Enterprise, $"{Route}/{other}/signing", new SignPlanRequest("SC-1", null, null), 400);
        (await refused.ReadAsTextAsync()).ShouldContain("packageCode");

        var small = await Planned(Time("2024-08-01 11:00"), GasUserCategory.SmallCommercial);
        await platform.SignPlanByBothAsync(small, new SignPlanRequest("SC-1", null, null));
        await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{small}/fee", new IssueFeeRequest([new SubmittedFeeLine("SC-1", 1, 2980m, 2980m)], 2980m, null));
        (await platform.Get(TestActors.Enterprise, $"{Route}/{small}").Read<GasConnectionDetails>()).Fee!.Total.ShouldBe(2980m);
    }

    [Fact]
    public async Task Each_side_signs_the_plan_for_itself_and_only_both_signatures_make_it_signed()
    {
        var id = await Planned(Time("2024-08-05 10:00"));
        var url = $"{Route}/{id}/signing";
        var before = await platform.EventCountAsync(id);
        (await (await platform.Post(UtilitiesApi.GasOperator, url, new SignPlanRequest(null, [new ChosenItem("PE32", 10)], null), 400)).ReadAsTextAsync())
            .ShouldContain("items");
        await platform.Post(UtilitiesApi.OtherEnterprise, url, new SignPlanRequest(null, [new ChosenItem("PE32", 10)], null), 403);
        await platform.Post(TestActors.WindowClerk, url, new SignPlanRequest(null, [new ChosenItem("PE32", 10)], null), 403);
        (await platform.EventCountAsync(id)).ShouldBe(before);

        var operatorSigned = await platform.Post(UtilitiesApi.GasOperator, url, new SignPlanRequest(null, null, null)).Read<CaseStepRecorded>();
        operatorSigned.Event.ShouldBe(nameof(GasPlanSignedByParty));
        await platform.Post(UtilitiesApi.GasOperator, url, new SignPlanRequest(null, null, null), 409);
        var half = await platform.Get(TestActors.Enterprise, $"{Route}/{id}").Read<GasConnectionDetails>();
        half.Status.ShouldBe(GasConnectionStatus.PlanProposed);
        half.OperatorSignedAt.ShouldNotBeNull();
        half.UserSignedAt.ShouldBeNull();
        half.PlanSignedAt.ShouldBeNull();
        await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{id}/fee", new IssueFeeRequest([new SubmittedFeeLine("PE32", 10, 30m, 300m)], 300m, null), 409);

        var bothSigned = await platform.Post(TestActors.Enterprise, url, new SignPlanRequest(null, [new ChosenItem("PE32", 10)], null)).Read<CaseStepRecorded>();
        bothSigned.Event.ShouldBe(nameof(GasPlanSigned));
        await platform.Post(TestActors.Enterprise, url, new SignPlanRequest(null, [new ChosenItem("PE32", 10)], null), 409);
        var signed = await platform.Get(TestActors.Enterprise, $"{Route}/{id}").Read<GasConnectionDetails>();
        signed.Status.ShouldBe(GasConnectionStatus.PlanSigned);
        signed.PlanSignedAt.ShouldBe(signed.UserSignedAt);
        signed.ChosenItems.ShouldBe([new ChosenItem("PE32", 10)]);
        signed.Steps.Select(s => s.Step).ShouldContain(d => d.StartsWith("燃气经营企业签字确认接气方案"));
        signed.Steps.Select(s => s.Step).ShouldContain(d => d.StartsWith("用户签字确认接气方案"));
    }

    [Fact]
    public async Task The_quarterly_spot_check_draws_half_rounded_up_records_its_seed_and_replays()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await Planned(Time($"2024-10-1{i} 10:00"));
            await platform.SignPlanByBothAsync(id, new SignPlanRequest(null, [new ChosenItem("MTR-G4", 1)], null));
            await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{id}/fee", new IssueFeeRequest([new SubmittedFeeLine("MTR-G4", 1, 560m, 560m)], 560m, null));
            ids.Add(id);
        }
        platform.SetTime(Time("2024-12-31 10:00"));
        await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks", new DrawSpotCheckRequest(2024, 4, null, "Q4-seed"), 409);
        await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks", new DrawSpotCheckRequest(2024, 4, 0.4m, "Q4-seed"), 400);

        platform.SetTime(Time("2025-01-02 10:00"));
        await platform.Post(UtilitiesApi.GasOperator, $"{UtilitiesApi.Route}/gas/spot-checks", new DrawSpotCheckRequest(2024, 4, null, "Q4-seed"), 403);
        var draw = await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks", new DrawSpotCheckRequest(2024, 4, null, "Q4-seed"))
            .Read<SpotCheckView>();
        draw.Candidates.Count.ShouldBe(3);
        draw.Candidates.ShouldBe(ids.Order().ToList());
        draw.Selected.Count.ShouldBe(2);
        draw.Seed.ShouldBe("Q4-seed");
        draw.Algorithm.ShouldStartWith("sha256-rank-v1");
        SpotCheckDraw.Select(draw.Candidates, draw.Seed, draw.Ratio).ShouldBe(draw.Selected);

        await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks", new DrawSpotCheckRequest(2024, 4, null, null), 409);
        var notDrawn = ids.Except(draw.Selected).Single();
        await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks/{draw.Id}/results",
            new RecordSpotCheckResultRequest(notDrawn, true, "合规"), 400);
        await platform.Post(UtilitiesApi.EconomicCommission, $"{UtilitiesApi.Route}/gas/spot-checks/{draw.Id}/results",
            new RecordSpotCheckResultRequest(draw.Selected[0], true, "物料清单已公示，费用与清单一致"));
        (await platform.Get(TestActors.Supervisor, $"{UtilitiesApi.Route}/gas/spot-checks/{draw.Id}").Read<SpotCheckView>()).Results.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_unannounced_check_is_drawn_at_any_time_over_one_operator_and_each_price_authority_records_what_it_found()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var id = await Planned(Time($"2025-03-0{i + 3} 10:00"));
            await platform.SignPlanByBothAsync(id, new SignPlanRequest(null, [new ChosenItem("MTR-G4", 1)], null));
            await platform.Post(UtilitiesApi.GasOperator, $"{Route}/{id}/fee", new IssueFeeRequest([new SubmittedFeeLine("MTR-G4", 1, 560m, 560m)], 560m, null));
            ids.Add(id);
        }

        // Mid-quarter, without notice: not the quarterly draw, which waits for the quarter's end.
        platform.SetTime(Time("2025-03-10 15:00"));
        const string url = $"{UtilitiesApi.Route}/gas/spot-checks/unannounced";
        var request = new DrawUnannouncedSpotCheckRequest(Operator, new DateOnly(2025, 3, 1), 0.5m, "unannounced-seed");
        await platform.Post(UtilitiesApi.GasOperator, url, request, 403);
        await platform.Post(TestActors.MarketRegulator, url, request, 403);
        await platform.Post(UtilitiesApi.EconomicCommission, url, request with { Operator = "未公示清单的燃气公司" }, 400);
        await platform.Post(UtilitiesApi.EconomicCommission, url, request with { Since = new DateOnly(2025, 3, 11) }, 400);
        await platform.Post(UtilitiesApi.EconomicCommission, url, request with { Ratio = 0m }, 400);
        await platform.Post(UtilitiesApi.EconomicCommission, url, request with { Since = new DateOnly(2025, 3, 10) }, 409);

        var draw = await platform.Post(UtilitiesApi.EconomicCommission, url, request).Read<SpotCheckView>();
        draw.Kind.ShouldBe(GasSpotCheckKind.Unannounced);
        draw.Operator.ShouldBe(Operator);
        (draw.Year, draw.Quarter).ShouldBe((2025, 1));
        draw.Candidates.ShouldBe(ids.Order().ToList());
        draw.Selected.Count.ShouldBe(2);
        SpotCheckDraw.Select(draw.Candidates, "unannounced-seed", 0.5m).ShouldBe(draw.Selected);
        await platform.Get(UtilitiesApi.GasOperator, $"{UtilitiesApi.Route}/gas/spot-checks/{draw.Id}", 403);

        // 区经济信息委 checks together with 区发展改革委 and 区市场监管局; each result names who found it. The operator checked records nothing.
        var results = $"{UtilitiesApi.Route}/gas/spot-checks/{draw.Id}/results";
        await platform.Post(UtilitiesApi.DevelopmentReform, results, new RecordSpotCheckResultRequest(draw.Selected[0], true, "费用明细与物料清单一致"));
        await platform.Post(TestActors.MarketRegulator, results, new RecordSpotCheckResultRequest(draw.Selected[1], false, "营业厅未公示物料清单"));
        await platform.Post(UtilitiesApi.GasOperator, results, new RecordSpotCheckResultRequest(draw.Selected[1], true, "已整改"), 403);
        var view = await platform.Get(TestActors.MarketRegulator, $"{UtilitiesApi.Route}/gas/spot-checks/{draw.Id}").Read<SpotCheckView>();
        view.Results.Select(r => (r.ConnectionId, r.Compliant, r.Department))
            .ShouldBe([(draw.Selected[0], true, "区发展改革委"), (draw.Selected[1], false, "区市场监管局")], ignoreOrder: true);
    }

    [Fact]
    public async Task The_list_gives_at_most_limit_connections_newest_first()
    {
        await PublishedVersions();
        var applicant = UtilitiesApi.ListedEnterprise;
        var ids = new List<Guid>();
        foreach (var receivedAt in new[] { Time("2025-07-21 10:00"), Time("2025-07-22 10:00"), Time("2025-07-23 10:00") })
        {
            platform.SetTime(receivedAt);
            ids.Add((await platform.Post(applicant, Route,
                new ApplyForGasRequest(applicant.CreditCode!, applicant.Name, Operator, GasApplicationChannel.YuKuaiBanApp, GasUserCategory.SmallCommercial,
                    "南川区东城街道隆化路12号", null), 201)
                .Read<GasApplicationResponse>()).Id);
        }

        (await platform.Get(applicant, $"{Route}?limit=2").Read<List<GasConnectionDetails>>()).Select(c => c.Id).ShouldBe([ids[2], ids[1]]);
        (await platform.Get(applicant, Route).Read<List<GasConnectionDetails>>()).Select(c => c.Id).ShouldBe([ids[2], ids[1], ids[0]]);
    }

    [Fact]
    public async Task Only_the_operator_publishes_its_own_list_and_a_bad_list_writes_nothing()
    {
        var before = await platform.EventCountAsync();
        await platform.Post(UtilitiesApi.PowerCompany, $"{UtilitiesApi.Route}/gas/price-lists", new PublishPriceListRequest(Operator, null, GasFeeTests.Version1.Items, null), 403);
        var refused = await platform.Post(UtilitiesApi.GasOperator, $"{UtilitiesApi.Route}/gas/price-lists",
            new PublishPriceListRequest(Operator, null, [new PriceListItem("X", "", "t", "米", -1m, PriceItemCategory.Material)], null), 400);
        var text = await refused.ReadAsTextAsync();
        text.ShouldContain("items[0].name");
        text.ShouldContain("items[0].unitPrice");
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
