using Nanchuan.BuildingBlocks.Platform.Writes;
using System.Text;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Testing;
using Nanchuan.Utilities.Access;
using Nanchuan.Utilities.Domain.Energy;
using Nanchuan.Utilities.Energy;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

[Collection(UtilitiesCollection.Name)]
public sealed class EnergyCheckupTests(UtilitiesHost platform)
{
    private const string Route = UtilitiesApi.Route + "/energy";
    private const string Header = "creditCode,enterpriseName,month,kind,quantity,amountCny,provider\n";

    private Task<IScenarioResult> Import(Actor actor, string csv, int status = 200) =>
        platform.Host.Scenario(s =>
        {
            s.Post.ByteArray(Encoding.UTF8.GetBytes(csv)).ContentType("text/csv").ToUrl($"{Route}/consumption-imports").QueryString("fileName", "2023.csv");
            s.As(platform, actor);
            s.StatusCodeShouldBe(status);
        });

    [Fact]
    public async Task Imported_figures_give_the_qualifying_enterprises_and_a_check_up_per_enterprise_and_provider_records_the_plan_and_saving()
    {
        platform.SetTime(Time("2024-02-01 10:00"));
        var csv = Header
                  + "91500119MA5U8XRB98,重庆南川示例科技有限公司,2023-01,electricity,100000,100000,国网南川供电公司\n"
                  + "91500119MA5U8XRB98,重庆南川示例科技有限公司,2023-02,electricity,100000,100500,国网南川供电公司\n"
                  + "91500119MA5UXY7Q3N,重庆南川另一家有限公司,2023-01,electricity,100000,100000,国网南川供电公司\n";
        var imported = await Import(UtilitiesApi.PowerCompany, csv).Read<ConsumptionImportResult>();
        imported.Rows.ShouldBe(3);
        await Import(UtilitiesApi.EconomicCommission, Header
            + "91500119MA5UXY7Q3N,重庆南川另一家有限公司,2023-01,water,6000,24000,南川区自来水公司\n"
            + "91500119MA5UXY7Q3N,重庆南川另一家有限公司,2023-07,water,4000,16000,南川区自来水公司\n");

        var qualified = await platform.Get(TestActors.BusinessOffice, $"{Route}/qualified?year=2023").Read<List<QualifiedEnterprise>>();
        qualified.Select(q => (q.Qualification.CreditCode, q.Qualification.Kind)).ShouldBe(
            [("91500119MA5U8XRB98", EnergyKind.Electricity), ("91500119MA5UXY7Q3N", EnergyKind.Water)]);
        qualified[0].Qualification.Measure.ShouldBe(1.005m);

        var opened = await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/checkups", new OpenCheckupRequest("91500119MA5U8XRB98", "国网南川供电公司", 2023))
            .Read<CaseStepRecorded>();
        await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/checkups", new OpenCheckupRequest("91500119MA5U8XRB98", "国网南川供电公司", 2023), 409);
        await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/checkups", new OpenCheckupRequest("91500119MA5UXY7Q3N", "国网南川供电公司", 2023), 400); // exactly 1.00
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/checkups/{opened.Id}/plan", new IssuePlanRequest("错峰", 1m), 403);
        await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/checkups/{opened.Id}/plan", new IssuePlanRequest("峰谷分时错峰生产，功率因数补偿至0.95。", 86_000m));

        var mine = await platform.Get(TestActors.Enterprise, $"{Route}/checkups?year=2023").Read<List<EnergyCheckup>>();
        mine.ShouldHaveSingleItem().ProjectedAnnualSavingCny.ShouldBe(86_000m);
        (await platform.Get(UtilitiesApi.OtherEnterprise, $"{Route}/checkups?year=2023").Read<List<EnergyCheckup>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_with_an_error_per_bad_cell_and_imports_nothing()
    {
        var before = await platform.EventCountAsync();
        var refused = await Import(UtilitiesApi.EconomicCommission, Header
            + "91500119MA5U8XRB98,重庆南川示例科技有限公司,2022-01,electricity,100,120,国网南川供电公司\n"
            + "91500119MA5U8XRB3X,,2022-13,heat,-5,x,国网南川供电公司\n", 400);
        var text = await refused.ReadAsTextAsync();
        foreach (var key in new[] { "rows[3].creditCode", "rows[3].enterpriseName", "rows[3].month", "rows[3].kind", "rows[3].quantity", "rows[3].amountCny" })
            text.ShouldContain(key);
        text.ShouldNotContain("rows[2]");

        var foreign = await Import(UtilitiesApi.PowerCompany, Header + "91500119MA5U8XRB98,重庆南川示例科技有限公司,2022-01,water,100,400,南川区自来水公司\n", 400);
        (await foreign.ReadAsTextAsync()).ShouldContain("rows[2].provider");
        await Import(TestActors.Enterprise, Header, 403);
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
