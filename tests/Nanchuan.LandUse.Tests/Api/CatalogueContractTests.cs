using Alba;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.LandUse.Contracts;
using Nanchuan.Testing;
using Wolverine;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class CatalogueContractTests(LandUseHost platform)
{
    [Fact]
    public async Task The_catalogue_is_published_over_rest()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/landuse/catalogue/transfer");
            s.As(platform, TestActors.Enterprise);
        });
        var catalogue = await result.ReadAsJsonAsync<LandUseStageCatalogue>();
        catalogue.Stages.Count.ShouldBe(7);
        catalogue.Stages.Sum(s => s.Materials.Count).ShouldBe(36);
        catalogue.Stages.Single(s => s.Number == 5).Materials.Single(m => m.Id == "5.3").Conditions.ShouldHaveSingleItem().Kind
            .ShouldBe(ConditionKind.TopographicMapOlderThanOneYear);
    }

    [Fact]
    public async Task Other_modules_read_the_catalogue_through_the_contract_and_the_query_message()
    {
        platform.Host.Services.GetRequiredService<ILandUseStageCatalogue>().For(SupplyType.Transfer).Stages.Count.ShouldBe(7);
        using var scope = platform.Host.Services.CreateScope();
        var allocation = await scope.ServiceProvider.GetRequiredService<IMessageBus>()
            .InvokeAsync<LandUseStageCatalogue>(new GetLandUseStageCatalogue(SupplyType.Allocation));
        allocation.Stages[1].Name.ShouldBe("国有建设用地划拨决定书");
    }
}
