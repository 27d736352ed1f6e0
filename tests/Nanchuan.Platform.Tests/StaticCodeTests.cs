using Alba;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Hosting;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>A host configured as in Production (TypeLoadMode.Static): endpoints run on the checked-in generated code.</summary>
public sealed class StaticCodeHost : PlatformHost
{
    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.UseSetting("Wolverine:TypeLoadMode", nameof(TypeLoadMode.Static));
}

public sealed class StaticCodeTests(StaticCodeHost platform) : IClassFixture<StaticCodeHost>
{
    [Fact]
    public async Task Endpoints_run_on_the_pre_generated_code()
    {
        // Without a pre-generated GET_api_audit_streams_id type this would fail with ExpectedTypeMissingException (500).
        await platform.Host.Scenario(s =>
        {
            s.As(platform, TestActors.Supervisor);
            s.Get.Url($"/api/audit/streams/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(404);
        });
    }
}
