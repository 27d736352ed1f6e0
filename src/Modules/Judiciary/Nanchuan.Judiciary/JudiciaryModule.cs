using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Judiciary.Deadlines;
using Nanchuan.Judiciary.Enterprises;
using Nanchuan.Judiciary.Reports;

namespace Nanchuan.Judiciary;

/// <summary>
/// Judiciary (涉诉企业调解"靠前办": mediation first for enterprises in litigation): dispute cases filed with at most one trip,
/// the legal health check, preservation with cash or a guarantee policy, the comprehensive handling court → centre → unit
/// within a watched limit, and the enforcement stage's settlement buffer. Schema `judiciary`, endpoints under `/api/judiciary`,
/// public contract in Nanchuan.Judiciary.Contracts.
/// </summary>
public sealed class JudiciaryModule : INanchuanModule
{
    public const string ModuleName = "Judiciary";
    public const string Schema = "judiciary";
    public const string Route = "/api/judiciary";
    public const string Tag = "Judiciary";

    public string Name => ModuleName;

    public ReportCatalog Reports => JudiciaryReports.Catalog;

    /// <summary>The limits are configuration (`Judiciary:MediationWorkingDays`, `Judiciary:BufferDays`), defaulting to the spec's.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSettings<JudiciarySettings>(configuration, ModuleName);
        services.AddSingleton(provider => provider.GetRequiredService<JudiciarySettings>().Limits());
        services.AddCaseDeadlines<MediationDeadlines>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // The write model doubles as the detail view and the worklists' source: updated in the same transaction as the append.
        options.Projections.Snapshot<DisputeCase>(SnapshotLifecycle.Inline);
        options.Schema.For<DisputeCase>().DatabaseSchemaName(Schema).Duplicate(x => x.CreditCode);
        options.Schema.For<KnownEnterprise>().DatabaseSchemaName(Schema);
        options.Projections.Add<JudiciaryReportProjection>(ProjectionLifecycle.Inline);
        options.Events.AddEventTypes(ModuleEvents.In(typeof(JudiciaryModule).Assembly));
    }
}
