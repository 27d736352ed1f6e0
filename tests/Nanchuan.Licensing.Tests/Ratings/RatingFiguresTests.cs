using System.Text;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Licensing.Ratings;
using Nanchuan.Licensing.Registration;
using Nanchuan.Licensing.Reports;
using Nanchuan.Testing;
using static Nanchuan.Licensing.Tests.Ratings.RatingHall;

namespace Nanchuan.Licensing.Tests.Ratings;

/// <summary>Monthly 满意率 per window, department and service point, the ranking, the export and rebuild = live (ADR 0096).</summary>
[Collection(LicensingCollection.Name)]
public sealed class RatingFiguresTests(LicensingHost platform)
{
    [Fact]
    public async Task March_2033_figures_per_window_department_and_point_the_ranking_and_the_export()
    {
        platform.SetShanghaiTime(2033, 3, 1, 9, 30);
        var police = await platform.ImmediateItemAsync("HCP-FIG-POL", "区税务局");
        var city = await platform.ImmediateItemAsync("HCP-FIG-CITY", "区城市管理局");
        var zhou = HallClerk("clerk-hcp-zhou", "综合窗口 周甲");
        var wu = HallClerk("clerk-hcp-wu", "综合窗口 吴乙");
        await platform.RateAsync(RatedServiceKind.Application, await platform.FinishedApplicationAsync(police, zhou), ServiceRating.VerySatisfied);
        await platform.RateAsync(RatedServiceKind.Application, await platform.FinishedApplicationAsync(police, zhou), ServiceRating.Dissatisfied);
        await platform.RateAsync(RatedServiceKind.Application, await platform.FinishedApplicationAsync(city, wu), ServiceRating.BasicallySatisfied, wu);
        var company = await IssuedRegistrationAsync("头渡所", "重庆南川好评茶业有限公司");
        await platform.RateAsync(RatedServiceKind.Registration, company.Id, ServiceRating.Satisfied,
            TestActors.Enterprise with { Id = "ent-hcp-tea", CreditCode = company.CreditCode!.Value.Value });

        var figures = await platform.SqlRowsAsync(
            "select concat_ws('|', kind, unit, unit_name, ratings, good_ratings, satisfaction_rate) from licensing.rating_figures where month = '2033-03' order by kind, unit");
        figures.ShouldBe([
            "department|区税务局|区税务局|2|1|0.5000",
            "department|区城市管理局|区城市管理局|1|1|1.0000",
            "department|区市场监管局|区市场监管局|1|1|1.0000",
            "servicePoint|区政务服务中心|区政务服务中心|3|2|0.6667",
            "servicePoint|头渡所|头渡所|1|1|1.0000",
            "window|clerk-hcp-wu|综合窗口 吴乙|1|1|1.0000",
            "window|clerk-hcp-zhou|综合窗口 周甲|2|1|0.5000",
            "window|clerk-头渡所|头渡所服务点 窗口人员|1|1|1.0000",
        ], ignoreOrder: true);

        var ranking = await platform.SqlRowsAsync(
            "select concat_ws('|', kind, rank, unit) from licensing.rating_ranking where month = '2033-03' order by kind, rank, unit");
        ranking.ShouldBe([
            "department|1|区城市管理局", "department|1|区市场监管局", "department|3|区税务局",
            "servicePoint|1|头渡所", "servicePoint|2|区政务服务中心",
            "window|1|clerk-hcp-wu", "window|1|clerk-头渡所", "window|3|clerk-hcp-zhou",
        ]);

        var csv = Encoding.UTF8.GetString(await platform.BytesAsync("/api/licensing/reports/rating_figures.csv?month=2033-03", TestActors.BusinessOffice));
        csv.ShouldContain("月份,统计单元类型,统计单元,单元名称,评价数,好评数,满意率");
        csv.ShouldContain("2033-03,department,区税务局,区税务局,2,1,0.5000");
        var xlsx = await platform.BytesAsync("/api/licensing/reports/rating_ranking.xlsx?month=2033-03", TestActors.BusinessOffice);
        Encoding.ASCII.GetString(xlsx, 0, 2).ShouldBe("PK");
        await platform.Get(TestActors.Enterprise, "/api/licensing/reports/rating_figures.csv", 403);

        await platform.ShouldRebuildToTheLiveRowsAsync<RatingTable>(LicensingTables.RatingRows, LicensingTables.RatingFigures, LicensingTables.RatingRanking);
    }

    [Fact]
    public void The_satisfaction_rate_is_the_kits_good_ratings_over_ratings()
    {
        ServiceRatings.SatisfactionRate([ServiceRating.VerySatisfied, ServiceRating.BasicallySatisfied, ServiceRating.Dissatisfied]).ShouldBe(0.6667m);
        ServiceRatings.SatisfactionRate([]).ShouldBeNull();
    }

    private async Task<CompanyRegistration> IssuedRegistrationAsync(string point, string name)
    {
        var id = await platform.FileAsync(point, name);
        await platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id));
        return await (await platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id))).ReadAsJsonAsync<CompanyRegistration>();
    }
}
