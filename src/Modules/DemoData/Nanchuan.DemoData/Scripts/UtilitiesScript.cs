using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>水电气: power connections (on time, late, never: overdue with a 督办 notice) and "pay last" water connections.</summary>
internal static class UtilitiesScript
{
    private const string Route = "/api/utilities";
    private static readonly string[] Streets = ["东城街道工业园区", "南城街道隆化路", "西城街道金佛大道", "南平镇工业集中区", "水江镇龙岩组团", "大观镇金龙村"];

    public static void Plan(Demo demo)
    {
        var m = demo.Month;
        var power = People.Handler("国网南川供电公司", "钱工");
        var water = People.Handler("南川区自来水公司", "孙工");
        for (var i = 0; i < 6; i++)
        {
            var enterprise = i == 0 ? People.Sample : demo.AnyEnterprise();
            var appliedAt = m.WorkingDay(1 + demo.Random.Next(Math.Max(1, m.WorkingDays.Count - 3)), 9 + demo.Random.Next(7));
            var residential = demo.Chance(30);
            var address = $"南川区{demo.Pick(Streets)}{demo.Random.Next(1, 99)}号";
            var capacity = residential ? 10 : 50 + 10 * demo.Random.Next(10);
            var id = new Slot<Guid>();
            demo.Agenda.At(appliedAt, "水电气：用电报装受理", async () => id.Fill((await demo.Api.PostAsync(enterprise.User, Route + "/power-connections", new
            {
                creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, @class = residential ? "lowVoltageResidential" : "lowVoltageNonResidential",
                siteAddress = address, capacityKva = capacity, wantedPowerOnDate = (DateOnly?)null, acceptedAt = (DateTimeOffset?)null,
            })).Id()));
            var fate = demo.Random.Next(100);
            if (fate < 30)
            {
                demo.Agenda.At(m.After(appliedAt, 6, 9, 30), "水电气：超期督办", () => demo.Api.PostAsync(People.BusinessOffice,
                    $"{Route}/power-connections/{id.Value}/supervision-notice", new { demand = "请于2个工作日内完成接电并反馈办理情况。" }), optional: true);
                continue;
            }
            demo.Agenda.At(m.After(appliedAt, 1 + demo.Random.Next(fate < 45 ? 6 : 3), 14, 30), "水电气：装表接电", () =>
                demo.Api.PostAsync(power, $"{Route}/power-connections/{id.Value}/power-on", new { at = (DateTimeOffset?)null }));
        }
        for (var i = 0; i < 4; i++)
        {
            var enterprise = demo.AnyEnterprise();
            var signedAt = m.WorkingDay(1 + demo.Random.Next(Math.Max(1, m.WorkingDays.Count - 3)), 10 + demo.Random.Next(6));
            var id = new Slot<Guid>();
            var address = $"南川区{demo.Pick(Streets)}{demo.Random.Next(1, 99)}号";
            demo.Agenda.At(signedAt, "水电气：用水“先接后付”承诺", async () => id.Fill((await demo.Api.PostAsync(enterprise.User, Route + "/water-connections", new
            {
                creditCode = enterprise.CreditCode, enterpriseName = enterprise.Name, channel = "jointUtilityWindow", siteAddress = address,
                commitmentLetterSigned = true, signedAt = (DateTimeOffset?)null,
            })).Id()));
            if (i == 3) continue; // not connected: overdue
            var connectedAt = m.After(signedAt, 1 + demo.Random.Next(2), 15);
            if (!demo.Agenda.At(connectedAt, "水电气：通水", () => demo.Api.PostAsync(water, $"{Route}/water-connections/{id.Value}/connection", new { at = (DateTimeOffset?)null })))
                continue;
            var billedAt = m.After(connectedAt, 1, 10);
            if (!demo.Agenda.At(billedAt, "水电气：送达费用清单", () => demo.Api.PostAsync(water, $"{Route}/water-connections/{id.Value}/cost-list", new
                {
                    items = new object[]
                    {
                        new { name = "水表及表箱", unit = "套", quantity = 1, unitPrice = 680m, amount = 680m },
                        new { name = "PE给水管 DN50", unit = "米", quantity = 24, unitPrice = 45.5m, amount = 1092m },
                    },
                    receivedAt = (DateTimeOffset?)null,
                })))
                continue;
            demo.Agenda.At(m.After(billedAt, 2, 11), "水电气：企业缴费", () => demo.Api.PostAsync(water, $"{Route}/water-connections/{id.Value}/payment",
                new { amountPaid = 1772m, paidAt = (DateTimeOffset?)null }));
        }
    }
}
