using Microsoft.AspNetCore.Hosting;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>The platform configured with a district's own mediation limit (Judiciary:MediationWorkingDays = 10).</summary>
public sealed class TenDayLimitHost() : ModuleHost(new DateTimeOffset(2026, 9, 23, 10, 0, 0, Beijing))
{
    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        base.ConfigureHost(builder);
        builder.UseSetting("Judiciary:MediationWorkingDays", "10");
    }
}

public sealed class ConfiguredLimitTests(TenDayLimitHost platform) : IClassFixture<TenDayLimitHost>
{
    [Fact]
    public async Task The_configured_limit_replaces_the_default_15_working_days_and_a_limit_the_centre_gives_replaces_both()
    {
        // 10 working days after Wed 2026-09-23: 24 Sep, 28–30 Sep, 8–9 Oct, Sat 10 Oct (make-up), 12–14 Oct.
        platform.SetTime(Time("2026-09-23 10:00"));
        var configured = await platform.AssignedAsync(Codes[0], Street);
        var mediation = (await platform.Get(Street, $"{Cases}/{configured}").Read<DisputeCase>()).Mediation!;
        (mediation.WorkingDays, mediation.DueAt).ShouldBe((10, Time("2026-10-14 18:00")));

        var given = await platform.AssignedAsync(Codes[1], Street, workingDays: 3);
        (await platform.Get(Street, $"{Cases}/{given}").Read<DisputeCase>()).Mediation!.DueAt.ShouldBe(Time("2026-09-29 18:00")); // 24 Sep, then Mon 28 and Tue 29 after Mid-Autumn
    }
}
