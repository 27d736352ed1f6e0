using Nanchuan.Testing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>What the three connection lists share: the pages the caller may ask for.</summary>
[Collection(UtilitiesCollection.Name)]
public sealed class ConnectionListTests(UtilitiesHost platform)
{
    [Theory]
    [InlineData("power-connections")]
    [InlineData("water-connections")]
    [InlineData("gas-connections")]
    public async Task A_limit_outside_1_to_500_or_a_negative_offset_is_a_400_with_a_field_error_and_changes_nothing(string list)
    {
        var before = await platform.EventCountAsync();
        foreach (var (query, field, message) in new[] { ("limit=0", "limit", "1至500"), ("limit=501", "limit", "1至500"), ("offset=-1", "offset", "不小于0") })
        {
            var refused = await platform.Get(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/{list}?{query}", 400);
            var text = await refused.ReadAsTextAsync();
            text.ShouldContain($"\"{field}\"");
            text.ShouldContain(message);
        }
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
