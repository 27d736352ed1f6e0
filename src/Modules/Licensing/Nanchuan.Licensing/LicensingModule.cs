using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Openings;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.FastApproval;
using Nanchuan.Licensing.HallTargets;
using Nanchuan.Licensing.Ratings;
using Nanchuan.Licensing.Registration;
using Nanchuan.Licensing.Reports;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Licensing.StaffAssessment.Rulebook;

namespace Nanchuan.Licensing;

/// <summary>
/// Licensing (企业事"一窗办", 开办企业"近快办", the service hall): schema `licensing`, endpoints under `/api/licensing`,
/// public contract in Nanchuan.Licensing.Contracts (CompanyRegistered, published when a licence is issued).
/// </summary>
public sealed class LicensingModule : INanchuanModule
{
    public const string ModuleName = "Licensing";

    public string Name => ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatformOpening<OrganisationCodeLedgerOpening>();
        services.AddModuleSettings<CatalogueOptions>(configuration, CatalogueOptions.Section);
        services.AddPlatformOpening<RulebookOpening>();
        services.AddModuleSettings<HallTargetOptions>(configuration, HallTargetOptions.Section);
        services.AddSingleton<HallTargetMeasurements>();
        // The kept 最多跑一次 totals are recomputed from the application rows when a database first gets them (ADR 0198).
        services.AddSingleton<RecomputedReportTable, OneTripRecomputation>();
        HallServicesConfiguration.AddServices(services, configuration);
        services.AddCaseDeadlines<ApplicationDeadlines>();
        services.AddCaseDeadlines<RegistrationDeadlines>();
        services.AddModuleSettings<RatingOptions>(configuration, RatingOptions.Section);
        services.AddCaseDeadlines<RatingDeadlines>();
    }

    public ReportCatalog Reports => LicensingTables.Catalog;

    public void ConfigureMarten(StoreOptions options)
    {
        // ADR 0134: catalogue items record their kind and level from schema version 2; older ones are read as 未分类 (unclassified).
        options.Events.MapEventTypeWithSchemaVersion<ServiceItemCatalogued>(2);
        options.Events.Upcast<ServiceItemCataloguedV1, ServiceItemCatalogued>("service_item_catalogued", old => old.Upcast());
        options.Events.AddEventTypes(ModuleEvents.In(GetType().Assembly));
        options.Projections.Snapshot<CompanyRegistration>(SnapshotLifecycle.Inline);
        options.Schema.For<CompanyRegistration>().DatabaseSchemaName(((INanchuanModule)this).SchemaName).Index(r => r.ServicePoint);
        options.Projections.Snapshot<OrganisationCodeLedger>(SnapshotLifecycle.Inline);
        options.Schema.For<OrganisationCodeLedger>().DatabaseSchemaName(((INanchuanModule)this).SchemaName);
        options.Projections.Snapshot<ServiceItem>(SnapshotLifecycle.Inline);
        options.Schema.For<ServiceItem>().DatabaseSchemaName(((INanchuanModule)this).SchemaName);
        options.Projections.Snapshot<ServiceApplication>(SnapshotLifecycle.Inline);
        options.Schema.For<ServiceApplication>().DatabaseSchemaName(((INanchuanModule)this).SchemaName);
        options.Projections.Snapshot<StaffScorecard>(SnapshotLifecycle.Inline);
        options.Schema.For<StaffScorecard>().DatabaseSchemaName(((INanchuanModule)this).SchemaName);
        options.Projections.Snapshot<AssessmentRulebook>(SnapshotLifecycle.Inline);
        options.Schema.For<AssessmentRulebook>().DatabaseSchemaName(((INanchuanModule)this).SchemaName);
        HallServicesConfiguration.ConfigureMarten(options, ((INanchuanModule)this).SchemaName);
        options.Projections.Snapshot<FastApprovalProject>(SnapshotLifecycle.Inline);
        options.Schema.For<FastApprovalProject>().DatabaseSchemaName(((INanchuanModule)this).SchemaName);
        options.Projections.Add(new LicensingReportTables(), ProjectionLifecycle.Inline);
        options.Projections.Snapshot<ServiceRatingCase>(SnapshotLifecycle.Inline);
        options.Schema.For<ServiceRatingCase>().DatabaseSchemaName(((INanchuanModule)this).SchemaName);
        options.Projections.Add(new RatingTable(), ProjectionLifecycle.Inline);
    }
}
