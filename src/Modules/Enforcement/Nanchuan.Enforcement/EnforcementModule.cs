using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Enforcement.Deadlines;
using Nanchuan.Enforcement.OtherModules;
using Nanchuan.Enforcement.Reports;

namespace Nanchuan.Enforcement;

/// <summary>
/// Enforcement ("综合查一次": enter once, check many things): scenario checklists, the Justice Bureau's quarterly plan drawn at
/// random, comprehensive and exception inspections with their findings and rectifications, and unauthorised inspections
/// caught and referred. Schema `enforcement`, endpoints under `/api/enforcement`, public contract in Nanchuan.Enforcement.Contracts.
/// </summary>
public sealed class EnforcementModule : INanchuanModule
{
    public const string ModuleName = "Enforcement";
    public const string Schema = "enforcement";
    public const string Route = "/api/enforcement";
    public const string Tag = "Enforcement";

    public string Name => ModuleName;

    public ReportCatalog Reports => EnforcementReports.Catalog;

    /// <summary>The exception types are configuration (`Enforcement:ExceptionTypes:{code}={中文名}`), added to the seed's three.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var types = new Dictionary<string, string>(ExceptionTypes.Defaults);
        foreach (var type in configuration.GetSection("Enforcement:ExceptionTypes").GetChildren())
            if (!string.IsNullOrWhiteSpace(type.Value)) types[type.Key] = type.Value;
        services.AddSingleton(new ExceptionTypes(types));
        services.AddCaseDeadlines<InspectionDeadlines>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // The write models double as the detail views and the public list: updated in the same transaction as the append.
        options.Projections.Snapshot<ChecklistSet>(SnapshotLifecycle.Inline);
        options.Schema.For<ChecklistSet>().DatabaseSchemaName(Schema);
        options.Projections.Snapshot<QuarterlyPlan>(SnapshotLifecycle.Inline);
        options.Schema.For<QuarterlyPlan>().DatabaseSchemaName(Schema);
        options.Projections.Snapshot<Inspection>(SnapshotLifecycle.Inline);
        options.Schema.For<Inspection>().DatabaseSchemaName(Schema).Duplicate(x => x.Quarter).Duplicate(x => x.CreditCode);
        options.Projections.Snapshot<InspectionVisit>(SnapshotLifecycle.Inline);
        options.Schema.For<InspectionVisit>().DatabaseSchemaName(Schema);
        options.Projections.Snapshot<UnauthorisedInspection>(SnapshotLifecycle.Inline);
        options.Schema.For<UnauthorisedInspection>().DatabaseSchemaName(Schema);
        options.Projections.Add<EnforcementReportProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<KnownEnterprise>().DatabaseSchemaName(Schema);
        options.Schema.For<AssignedGrievance>().DatabaseSchemaName(Schema);
        options.Events.AddEventTypes(ModuleEvents.In(typeof(EnforcementModule).Assembly));
    }
}
