using Nanchuan.Testing;

namespace Nanchuan.Utilities.Tests.Api;

[Collection(UtilitiesCollection.Name)]
public sealed class OpenApiTests(UtilitiesHost platform)
{
    [Fact]
    public async Task Every_Utilities_endpoint_is_documented_with_Chinese_examples()
    {
        var document = await (await platform.Host.Scenario(s => s.Get.Url("/swagger/v1/swagger.json"))).ReadAsTextAsync();
        foreach (var path in new[]
                 {
                     "/api/utilities/power-connections", "/api/utilities/power-connections/{id}/power-on", "/api/utilities/power-connections/{id}/problem-reports",
                     "/api/utilities/water-connections/{id}/cost-list", "/api/utilities/gas-connections/{id}/fee", "/api/utilities/gas/spot-checks",
                     "/api/utilities/energy/consumption-imports", "/api/utilities/reports/connections",
                 })
            document.ShouldContain($"\"{path}\"");
        document.ShouldContain("南川区东城街道工业园区8号");
        document.ShouldContain("受理电力报装 / Accept a power application");
    }
}
