using Nanchuan.Testing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>What the three connection lists share: the page size the caller may ask for.</summary>
[Collection(UtilitiesCollection.Name)]
public sealed class ConnectionListTests(UtilitiesHost platform)
{
    [Theory]
    [InlineData("power-connections")]
    [InlineData("water-connections")]
    [InlineData("gas-connections")]
    public async Task A_limit_outside_1_to_500_is_a_400_with_a_field_error_and_changes_nothing(string list)
    {
        var before = await platform.EventCountAsync();
        foreach (var limit in new[] { 0, 501 })
        {
            var refused = await platform.Get(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/{list}?limit={limit}", 400);
            var text = await refused.ReadAsTextAsync();
            text.ShouldContain("\"limit\"");
            text.ShouldContain("1至500");
        }
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
