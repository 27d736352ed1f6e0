using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Grievances.Rating;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Oversight.Figures;
using static Nanchuan.Oversight.Reports.OversightReports;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>满意率, 最多跑一次 and 时限压缩 by module, month and department, from small scripted sets with exact values (ADR 0104).</summary>
[Collection(OversightCollection.Name)]
public sealed class FigureTests(OversightHost platform)
{
    private const string RatedDepartment = "区满意率测试局";
    private const string CatalogueDepartment = "区时限压缩测试局";
    private static readonly Actor Enterprise = Enterprise("91500115MA5U8XRB9E", "重庆南川指标戊科技有限公司");

    [Fact]
    public async Task Satisfaction_is_the_three_good_levels_over_all_ratings_counted_and_a_struck_rating_is_left_out()
    {
        // April 2025: one rating of each level and a 不满意 struck by an upheld appeal; May 2025: one 满意.
        var @case = new OversightCase("Licensing", "service-rating", Guid.NewGuid(), Enterprise.CreditCode, RatedDepartment);
        ServiceRating[] levels = [ServiceRating.VerySatisfied, ServiceRating.Satisfied, ServiceRating.BasicallySatisfied, ServiceRating.Dissatisfied, ServiceRating.VeryDissatisfied];
        for (var i = 0; i < levels.Length; i++)
            await platform.Host.InvokeMessageAndWaitAsync(new CaseRated(@case with { CaseId = Guid.NewGuid() }, Guid.NewGuid(), levels[i], At(2025, 4, 7 + i, 10, 0)));
        var struck = @case with { CaseId = Guid.NewGuid() };
        await platform.Host.InvokeMessageAndWaitAsync(new CaseRated(struck, struck.CaseId, ServiceRating.Dissatisfied, At(2025, 4, 14, 10, 0)));
        await platform.Host.InvokeMessageAndWaitAsync(new CaseRatingStruck(struck, struck.CaseId, "误评，申诉成立", At(2025, 4, 16, 10, 0)));
        await platform.Host.InvokeMessageAndWaitAsync(new CaseRated(@case, Guid.NewGuid(), ServiceRating.Satisfied, At(2025, 5, 6, 10, 0)));

        var april = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/figures?month=2025-04&department={RatedDepartment}").Read<OversightFigures>();
        april.Satisfaction.ShouldBe([new SatisfactionFigure("Licensing", "2025-04", RatedDepartment, 5, 3, 0.6000m)]);
        (await platform.SqlRowsAsync($"select month, ratings, good, satisfaction_share from {SatisfactionFigures.QualifiedName} where department = '{RatedDepartment}' order by month"))
            .ShouldBe(["2025-04|5|3|0.6000", "2025-05|1|1|1.0000"]);
    }

    [Fact]
    public async Task A_Grievances_rating_counts_for_the_round_s_handling_unit()
    {
        // June 2025, 区市场监管局: one 基本满意 (good) of a request handled by it.
        platform.SetTime(At(2025, 6, 2, 10, 0));
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(Enterprise));
        await platform.Tracked(() => platform.AssignGrievance(id));
        platform.SetTime(At(2025, 6, 3, 10, 0));
        await platform.Tracked(() => platform.ReportGrievance(id, At(2025, 6, 3, 9, 0)));
        await platform.Tracked(() => platform.Host.Post(Enterprise, $"{OversightApi.Grievances}/{id}/enterprise-rating", new RateServiceRequest(ServiceRating.BasicallySatisfied, null)));

        var figures = await platform.Host.Get(TestActors.MarketRegulator, $"{Route}/figures?month=2025-06&module=Grievances").Read<OversightFigures>();
        figures.Satisfaction.ShouldBe([new SatisfactionFigure("Grievances", "2025-06", "区市场监管局", 1, 1, 1.0000m)]);
        figures.Satisfaction.ShouldAllBe(f => f.Department == "区市场监管局");
        await platform.Host.Get(TestActors.MarketRegulator, $"{Route}/figures?department=区营商办", 403);
    }

    [Fact]
    public async Task The_one_trip_rate_counts_the_cases_whose_module_counts_trips()
    {
        // July 2025, 区法院: trips 0, 1 and 2 at filing; one counted only at its closing (1); one never counted (left out).
        var court = new OversightCase("Judiciary", "dispute", Guid.Empty, Enterprise.CreditCode, "区法院");
        int?[] trips = [0, 1, 2, null, null];
        var ids = trips.Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < trips.Length; i++)
            await platform.Host.InvokeMessageAndWaitAsync(new CaseOpened(court with { CaseId = ids[i] }, "涉企纠纷：重庆南川指标戊科技有限公司—货款", At(2025, 7, 1 + i, 10, 0),
                EnterpriseName: Enterprise.Name, Trips: trips[i]));
        await platform.Host.InvokeMessageAndWaitAsync(new CaseClosed(court with { CaseId = ids[3] }, "调解成功", null, At(2025, 7, 20, 10, 0), Trips: 1));

        var figures = await platform.Host.Get(TestActors.Supervisor, $"{Route}/figures?month=2025-07&module=judiciary").Read<OversightFigures>();
        figures.Trips.ShouldBe([new TripFigure("Judiciary", "2025-07", "区法院", 4, 3, 0.7500m)]);
    }

    [Fact]
    public async Task Catalogue_compression_averages_one_minus_promised_over_statutory_per_department()
    {
        // 20 → 2 days: 0.9 (concerns enterprises); 10 → 5: 0.5; an immediate item of statutory 0: 1 (concerns enterprises).
        CatalogueServiceItem[] items =
        [
            new("XK-500119-911", "食品经营许可（测试）", ServiceItemKind.AdministrativeLicence, CatalogueDepartment, ServiceItemOwnerLevel.DistrictDepartment, 20, 2m, false, true, true, ["申请书"]),
            new("XK-500119-912", "户外广告设置审批（测试）", ServiceItemKind.AdministrativeLicence, CatalogueDepartment, ServiceItemOwnerLevel.DistrictDepartment, 10, 5m, false, true, false, ["申请书"]),
            new("XK-500119-913", "营业执照遗失补领（测试）", ServiceItemKind.PublicService, CatalogueDepartment, ServiceItemOwnerLevel.DistrictDepartment, 0, 0m, true, true, true, ["申请书"]),
        ];
        foreach (var item in items) await platform.Tracked(() => platform.Host.Post(TestActors.Admin, "/api/licensing/catalogue/items", item));

        var figures = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/figures?department={CatalogueDepartment}").Read<OversightFigures>();
        figures.Compression.ShouldBe([new CompressionFigure("Licensing", CatalogueDepartment, 3, 0.8000m, 2, 0.9500m)]);

        await platform.ShouldRebuildToTheLiveRowsAsync<OversightReportProjection>(CatalogueRows, CompressionFigures);
    }

    [Fact]
    public async Task A_bad_month_is_400_on_month()
    {
        var problem = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/figures?month=2025-13", 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["month"]);
    }
}
