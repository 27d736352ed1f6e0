using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.DemoData.Seeding;

[assembly: JasperFx.JasperFxAssembly]

namespace Nanchuan.DemoData;

/// <summary>
/// Demo data (演示数据, issue 20 point 10; ADR 0099): the `seed demo-month` command. No endpoints, no documents: the month is
/// written through the REST API. Only when the process was started for that command does the platform run on the seed clock,
/// which the command moves across the month.
/// </summary>
public sealed class DemoDataModule : INanchuanModule
{
    public string Name => "DemoData";

    public TimeProvider? ClockFor(string command) => command == SeedCommand.CommandName ? new SeedClock() : null;
}
