using Nanchuan.Awards;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.Console;
using Nanchuan.DemoData;
using Nanchuan.Enforcement;
using Nanchuan.Grievances;
using Nanchuan.Incentives;
using Nanchuan.Judiciary;
using Nanchuan.LandUse;
using Nanchuan.Licensing;
using Nanchuan.Oversight;
using Nanchuan.Procurement;
using Nanchuan.Utilities;

// Composition root: the list of modules and nothing else (docs/adr/0001-modular-monolith-layout.md).
var builder = WebApplication.CreateBuilder(args);
builder.AddNanchuanPlatform(
    args,
    new LicensingModule(),
    new GrievancesModule(),
    new LandUseModule(),
    new UtilitiesModule(),
    new EnforcementModule(),
    new ProcurementModule(),
    new IncentivesModule(),
    new JudiciaryModule(),
    new AwardsModule(),
    new OversightModule(),
    new ConsoleModule(),
    new DemoDataModule());

return await PlatformStartup.RunAsync(builder.Build(), args);

/// <summary>Entry point type, visible to the tests' host factory.</summary>
public partial class Program;
