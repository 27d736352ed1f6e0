using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.LandUse.Domain.Catalogue;
using Nanchuan.LandUse.Integration;
using Nanchuan.LandUse.Reports;

namespace Nanchuan.LandUse;

/// <summary>LandUse (用地审批"一码办"): one code for the whole land life-cycle. Schema `landuse`, endpoints under `/api/landuse`.</summary>
public sealed class LandUseModule : INanchuanModule
{
    public const string ModuleName = "LandUse";

    public string Name => ModuleName;

    private string Schema => ((INanchuanModule)this).SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ILandUseStageCatalogue, StageCatalogue>();
        services.AddSingleton<SimulatedExternalSystems>();
        services.AddModuleSettings<ProjectCodeOptions>(configuration, "LandUse:ProjectCode");
    }

    public ReportCatalog Reports => LandUseReports.Catalog;

    public void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventTypes(ModuleEvents.In(GetType().Assembly));
        options.Schema.For<ProjectCodeRegistration>().DatabaseSchemaName(Schema);
        options.Schema.For<LandUseProject>().DatabaseSchemaName(Schema);
        options.Schema.For<Consultation>().DatabaseSchemaName(Schema);
        options.Projections.Snapshot<LandUseProject>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Consultation>(SnapshotLifecycle.Inline);
        options.Projections.Add(new LandUseReportProjection(), ProjectionLifecycle.Inline);
    }
}
