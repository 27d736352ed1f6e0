using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Oversight.Receiving;

namespace Nanchuan.Oversight;

/// <summary>
/// Oversight (督查): the cross-module read side. Every module publishes the oversight contract (cases opened and closed, 督办,
/// deadlines set, warned, overdue, moved and met); this module files each message once per case (its own event stream) and
/// projects the files into report tables: the open deadlines, the cases, the enterprise thread and the figures by module,
/// month and department. Schema `oversight`, endpoints under `/api/oversight`.
/// </summary>
public sealed class OversightModule : INanchuanModule
{
    public const string ModuleName = "Oversight";
    public const string Schema = "oversight";
    public const string Route = "/api/oversight";
    public const string Tag = "Oversight";

    public string Name => ModuleName;

    public ReportCatalog Reports => OversightReports.Catalog;

    /// <summary>One filing desk per node: the oversight queues' partitions file through it (ADR 0230, 0245).</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton(provider => new FilingDesk(
        new FilingTransaction(provider.GetRequiredService<IDocumentStore>(), new InboxMarks(provider.GetRequiredService<IWolverineRuntime>()))));

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Snapshot<OversightFile>(SnapshotLifecycle.Inline);
        options.Schema.For<OversightFile>().DatabaseSchemaName(Schema);
        options.Projections.Add<OversightReportProjection>(ProjectionLifecycle.Inline);
        options.Events.AddEventTypes(ModuleEvents.In(typeof(OversightModule).Assembly));
    }

    /// <summary>
    /// The contract's messages are filed one case at a time, several cases at once, in four queues (ADR 0073, 0177, 0245): two messages
    /// of one case never race for its file.
    /// </summary>
    public void ConfigureWolverine(WolverineOptions options) => ContractMessageHandler.Route(options);
}
