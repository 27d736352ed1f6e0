using Alba;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

[Collection(PlatformCollection.Name)]
public sealed class HealthTests(PlatformHost platform)
{
    [Fact]
    public async Task Live_answers_without_a_token()
    {
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/health/live");
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task Ready_checks_the_database()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url("/health/ready");
            s.StatusCodeShouldBeOk();
        });
        (await result.ReadAsTextAsync()).ShouldBe("Healthy");
    }
}
