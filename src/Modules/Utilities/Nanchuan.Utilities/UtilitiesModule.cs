using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Energy;
using Nanchuan.Utilities.Energy;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Nanchuan.Utilities.Enterprises;
using Nanchuan.Utilities.Reports;

namespace Nanchuan.Utilities;

/// <summary>
/// Utilities (水电气领域“一表清”): energy check-ups, power, gas and water connections. Schema `utilities`, endpoints under
/// `/api/utilities`, public contract in Nanchuan.Utilities.Contracts.
/// </summary>
public sealed class UtilitiesModule : INanchuanModule
{
    public const string ModuleName = "Utilities";
    public const string Schema = "utilities";
    public const string Route = "/api/utilities";
    public const string Tag = "Utilities";

    public string Name => ModuleName;

    public ReportCatalog Reports => UtilitiesReports.Catalog;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCaseDeadlines<PowerDeadlines>();
        services.AddCaseDeadlines<WaterDeadlines>();
        services.AddCaseDeadlines<GasDeadlines>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // The write models double as the detail views: updated in the same transaction as the append. Marten's inline snapshots
        // do not filter on the stream type, so no event type is shared between them: each connection type has its own deadline
        // and supervision events (PowerDeadlineMissed, WaterDeadlineMissed, …), and a snapshot sees only its own streams' events.
        options.Projections.Snapshot<PowerConnection>(SnapshotLifecycle.Inline);
        options.Schema.For<PowerConnection>().DatabaseSchemaName(Schema).Duplicate(x => x.CreditCode).Duplicate(x => x.Provider);
        options.Projections.Snapshot<WaterConnection>(SnapshotLifecycle.Inline);
        options.Schema.For<WaterConnection>().DatabaseSchemaName(Schema).Duplicate(x => x.CreditCode).Duplicate(x => x.Provider);
        options.Projections.Snapshot<GasConnection>(SnapshotLifecycle.Inline);
        options.Schema.For<GasConnection>().DatabaseSchemaName(Schema).Duplicate(x => x.CreditCode).Duplicate(x => x.Operator);
        options.Projections.Snapshot<GasPriceList>(SnapshotLifecycle.Inline);
        options.Schema.For<GasPriceList>().DatabaseSchemaName(Schema);
        options.Projections.Snapshot<GasSpotCheck>(SnapshotLifecycle.Inline);
        options.Schema.For<GasSpotCheck>().DatabaseSchemaName(Schema);
        options.Projections.Snapshot<EnergyCheckup>(SnapshotLifecycle.Inline);
        options.Schema.For<EnergyCheckup>().DatabaseSchemaName(Schema).Duplicate(x => x.CreditCode).Duplicate(x => x.Provider);
        options.Schema.For<KnownEnterprise>().DatabaseSchemaName(Schema);
        options.Projections.Add<MonthlyConsumptionProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<MonthlyConsumption>().DatabaseSchemaName(Schema).Duplicate(x => x.Year).Duplicate(x => x.CreditCode);
        options.Projections.Add<UtilitiesReportProjection>(ProjectionLifecycle.Inline);
        options.Events.AddEventTypes(UtilityEventTypes.All);
    }
}
