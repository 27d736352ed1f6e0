using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Procurement.Deadlines;
using Nanchuan.Procurement.OpenData;
using Nanchuan.Procurement.Reports;

namespace Nanchuan.Procurement;

/// <summary>
/// Procurement (限下招标"双随机"): below-threshold public works projects (50,000 to below 4,000,000 CNY) through the electronic
/// trading flow — publish, registration, award by the method (random draw, price comparison, competitive selection, approved
/// direct award or self-contracting), contract, performance, completion acceptance — with bidders' credit points and the
/// supervising departments' random performance checks. Schema `procurement`, endpoints under `/api/procurement`.
/// </summary>
public sealed class ProcurementModule : INanchuanModule
{
    public const string ModuleName = "Procurement";
    public const string Schema = "procurement";
    public const string Route = "/api/procurement";
    public const string Tag = "Procurement";

    public string Name => ModuleName;

    public ReportCatalog Reports => ProcurementReports.Catalog;

    /// <summary>Methods (`Procurement:Methods:{code}={中文名}`), supervising departments, limits and credit points are configuration.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Procurement");
        var others = section.GetSection("Methods").GetChildren().Where(m => !string.IsNullOrWhiteSpace(m.Value)).ToDictionary(m => m.Key, m => m.Value!);
        services.AddSingleton(new ProcurementMethods(others));
        var departments = section.GetSection("SupervisingDepartments").Get<string[]>();
        services.AddSingleton(new SupervisingDepartments(departments is { Length: > 0 } ? departments : Departments.DefaultSupervising));
        services.AddModuleSettings<ProcurementOptions>(configuration, ModuleName);
        services.AddModuleSettings<CreditPolicy>(configuration, $"{ModuleName}:Credit");
        services.AddModuleSettings<OpenDataOptions>(configuration, $"{ModuleName}:OpenData");
        services.AddCaseDeadlines<ProjectDeadlines>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // The write models double as the detail views and the worklists: updated in the same transaction as the append.
        options.Projections.Snapshot<WorksProject>(SnapshotLifecycle.Inline);
        options.Schema.For<WorksProject>().DatabaseSchemaName(Schema).Duplicate(x => x.Quarter).Duplicate(x => x.SupervisingDepartment);
        options.Projections.Snapshot<CheckDraw>(SnapshotLifecycle.Inline);
        options.Schema.For<CheckDraw>().DatabaseSchemaName(Schema).Duplicate(x => x.Quarter);
        options.Projections.Snapshot<BidderCredit>(SnapshotLifecycle.Inline);
        options.Schema.For<BidderCredit>().DatabaseSchemaName(Schema);
        options.Projections.Add<ProcurementReportProjection>(ProjectionLifecycle.Inline);
        options.Events.AddEventTypes(ModuleEvents.In(typeof(ProcurementModule).Assembly));
    }
}
