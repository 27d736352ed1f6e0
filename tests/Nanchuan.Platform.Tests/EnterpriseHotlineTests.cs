using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The enterprise hotline's hours are configured once, in the Grievances module (`Grievances:Intake`), and every module that
/// records calls to it (Utilities' power problem reports) reads them through the contract.
/// </summary>
public sealed class EnterpriseHotlineTests
{
    [Fact]
    public async Task Hours_configured_for_the_grievance_intake_are_the_hours_other_modules_see()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("hotline");
        await using var host = await PlatformHost.StartAsync(database, builder => builder.UseSetting("Grievances:Intake:HotlineCloses", "17:00"));

        var hotline = host.Services.GetRequiredService<IEnterpriseHotline>();
        (hotline.Opens, hotline.Closes).ShouldBe((new TimeOnly(8, 30), new TimeOnly(17, 0)));
        hotline.Answers(new DateTimeOffset(2025, 6, 3, 17, 0, 0, TimeSpan.FromHours(8))).ShouldBeTrue();
        hotline.Answers(new DateTimeOffset(2025, 6, 3, 17, 1, 0, TimeSpan.FromHours(8))).ShouldBeFalse();
        hotline.Answers(new DateTimeOffset(2025, 6, 3, 0, 30, 0, TimeSpan.Zero)).ShouldBeTrue(); // 08:30 in Beijing
    }
}
