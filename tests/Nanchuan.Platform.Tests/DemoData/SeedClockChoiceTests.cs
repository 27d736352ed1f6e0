using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.DemoData;
using Nanchuan.DemoData.Seeding;

namespace Nanchuan.Platform.Tests.DemoData;

/// <summary>The platform's start-up picks the clock from the command line it is given: the seed clock for `seed` only (ADR 0099).</summary>
public sealed class SeedClockChoiceTests
{
    [Theory]
    [InlineData("seed demo-month", true)]
    [InlineData("run", false)]
    [InlineData("", false)]
    public void The_seed_command_alone_runs_the_platform_on_the_seed_clock(string commandLine, bool seedClock)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddNanchuanPlatform(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), new DemoDataModule());
        using var provider = builder.Services.BuildServiceProvider();
        var clock = provider.GetRequiredService<TimeProvider>();
        (clock is SeedClock).ShouldBe(seedClock);
        if (!seedClock) clock.ShouldBe(TimeProvider.System);
    }
}
