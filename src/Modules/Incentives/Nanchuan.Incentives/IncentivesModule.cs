using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Incentives.Deadlines;
using Nanchuan.Incentives.Enterprises;
using Nanchuan.Incentives.Reports;

namespace Nanchuan.Incentives;

/// <summary>
/// Incentives (政府企业"双兑现": government and enterprises both keep their promises): investment agreements with the
/// enterprise performance ledger and the government fulfilment ledger, the 应兑未兑 list, review → decision → funds →
/// payment, one-to-one tracking of milestones. Schema `incentives`, endpoints under `/api/incentives`, public contract in
/// Nanchuan.Incentives.Contracts.
/// </summary>
public sealed class IncentivesModule : INanchuanModule
{
    public const string ModuleName = "Incentives";
    public const string Schema = "incentives";
    public const string Route = "/api/incentives";
    public const string Tag = "Incentives";

    public string Name => ModuleName;

    public ReportCatalog Reports => IncentiveReports.Catalog;

    /// <summary>`Incentives:ReminderDays` (default 30) and `Incentives:PaymentDays` (default 60), ADR 0046.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSettings<IncentivesSettings>(configuration, ModuleName);
        services.AddSingleton(provider => provider.GetRequiredService<IncentivesSettings>().Rules());
        services.AddCaseDeadlines<AgreementDeadlines>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // The agreement doubles as its detail view and the worklists' source: updated in the same transaction as the append.
        options.Projections.Snapshot<Agreement>(SnapshotLifecycle.Inline);
        options.Schema.For<Agreement>().DatabaseSchemaName(Schema).Duplicate(x => x.CreditCode);
        options.Schema.For<KnownEnterprise>().DatabaseSchemaName(Schema);
        options.Projections.Add<IncentiveReportProjection>(ProjectionLifecycle.Inline);
        options.Events.AddEventTypes(ModuleEvents.In(typeof(IncentivesModule).Assembly));
    }
}
