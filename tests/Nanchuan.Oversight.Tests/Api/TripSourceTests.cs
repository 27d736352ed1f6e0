using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Oversight.Figures;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Gas;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// 最多跑一次 from the modules that count trips (ADR 0138): Licensing's applications by the in-person visits recorded for them,
/// Utilities' gas connections at none (报装申请“零跑腿”: by the hotline or the app).
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class TripSourceTests(OversightHost platform)
{
    private static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse("91500115MA5U8XRD54");

    [Fact]
    public async Task A_licensing_application_counts_its_in_person_visits_and_is_within_one_trip_with_at_most_one()
    {
        var item = await platform.Host.Post(TestActors.Admin, "/api/licensing/catalogue/items",
            new CatalogueServiceItem("XK-TRIP-001", "食品经营许可（跑动）", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书"])).Read<Created>();
        // March 2026: one submitted at the window (1 trip), one at the window and back again (2), one online (0).
        var atWindow = await ApplyAsync(item.Id, At(2026, 3, 2, 9, 0), inPerson: true);
        var cameBack = await ApplyAsync(item.Id, At(2026, 3, 2, 10, 0), inPerson: true);
        var online = await ApplyAsync(item.Id, At(2026, 3, 2, 11, 0), inPerson: false);
        await platform.Host.Post(TestActors.WindowClerk, $"/api/licensing/applications/{cameBack}/visits", new RecordVisit("咨询审批进度"));
        platform.SetTime(At(2026, 3, 3, 15, 0));
        foreach (var (id, number) in new[] { (atWindow, "JY15001190088801"), (cameBack, "JY15001190088802"), (online, "JY15001190088803") })
        {
            await platform.Host.Post(TestActors.MarketRegulator, $"/api/licensing/applications/{id}/decision", new DecideApplication(true, "材料齐全符合条件", null));
            await platform.Tracked(() => platform.Host.Post(TestActors.WindowClerk, $"/api/licensing/applications/{id}/result", new IssueApplicationResult(number, false)));
        }

        var figures = await platform.Host.Get(TestActors.Supervisor, $"{Route}/figures?month=2026-03&module=licensing").Read<OversightFigures>();
        figures.Trips.ShouldBe([new TripFigure("Licensing", "2026-03", "区市场监管局", 3, 2, 0.6667m)]);
    }

    [Fact]
    public async Task A_gas_connection_applied_for_by_the_hotline_counts_zero_trips()
    {
        var gasOperator = new Actor("gs-trip", "南川燃气公司 周工", Roles.DepartmentHandler, PublishPriceListRequest.Example.Operator, null, Channels.Web);
        platform.SetTime(At(2026, 4, 1, 9, 0));
        await platform.Host.Post(gasOperator, $"{UtilitiesApi}/gas/price-lists", PublishPriceListRequest.Example);
        await platform.Tracked(() => platform.Host.Post(gasOperator, $"{UtilitiesApi}/gas-connections", new ApplyForGasRequest(Enterprise.Value, "重庆南川跑动示例有限公司",
            gasOperator.Department!, GasApplicationChannel.Hotline, GasUserCategory.SmallCommercial, "南川区东城街道隆化路18号", null), 201));

        var figures = await platform.Host.Get(TestActors.Supervisor, $"{Route}/figures?month=2026-04&module=utilities").Read<OversightFigures>();
        figures.Trips.ShouldBe([new TripFigure("Utilities", "2026-04", gasOperator.Department!, 1, 1, 1.0000m)]);
    }

    private const string UtilitiesApi = "/api/utilities";

    private sealed record Created(Guid Id);

    private async Task<Guid> ApplyAsync(Guid item, DateTimeOffset at, bool inPerson)
    {
        platform.SetTime(at);
        var id = Guid.Empty;
        await platform.Tracked(async () => id = (await platform.Host.Post(TestActors.WindowClerk, "/api/licensing/applications",
            new SubmitApplication(item, Enterprise, "重庆南川跑动示例有限公司", ["申请书"], null, inPerson)).Read<Created>()).Id);
        return id;
    }
}
