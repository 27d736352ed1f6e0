using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Enterprises;
using Nanchuan.Grievances.Reading;
using Nanchuan.Grievances.Reporting;
using Wolverine;

namespace Nanchuan.Grievances;

/// <summary>
/// Grievances (企呼我为“闭环办”): enterprise requests around the closed loop 收集—交办—办理—反馈—评价—销号—回访.
/// Schema `grievances`, endpoints under `/api/grievances`, public contract in Nanchuan.Grievances.Contracts.
/// </summary>
public sealed class GrievancesModule : INanchuanModule
{
    public const string ModuleName = "Grievances";
    public const string Schema = "grievances";
    public const string Route = "/api/grievances";
    public const string Tag = "Grievances";

    public string Name => ModuleName;

    /// <summary>Per cent of each page filled by inserts into the tables updated on every step (ADR 0153).</summary>
    private const int HotUpdateFillFactor = 80;

    /// <summary>
    /// The defaults can be changed in configuration: hotline hours and the box notes' time under `Grievances:Intake`
    /// (deadline warning leads are the platform's, `Deadlines:WarningLeads`).
    /// </summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSettings<IntakeSettings>(configuration, "Grievances:Intake");
        services.AddSingleton(provider => provider.GetRequiredService<IntakeSettings>().Policy());
        services.AddSingleton<IEnterpriseHotline, EnterpriseHotline>();
        services.AddCaseDeadlines<GrievanceDeadlines>();
        // 月度通报 is recomputed by a handler, not a projection: listed and rebuilt with the projections all the same (ADR 0145).
        services.AddSingleton<RecomputedReportTable, MonthlyReportRecomputation>();
    }

    public ReportCatalog Reports => MonthlyReportTable.Catalog;

    public void ConfigureMarten(StoreOptions options)
    {
        // The write model, the detail view and the lists: updated in the same transaction as the append, so a read after a write sees it.
        options.Projections.Snapshot<Grievance>(SnapshotLifecycle.Inline);
        // One document per request (ADR 0200): its handling rounds inside, the list's columns duplicated and indexed on it.
        // ADR 0153: steps that change no indexed column (warnings, notices, a further contact) update it in place (HOT) in
        // the fifth of each page kept free.
        options.Policies.ForAllDocuments(GrievanceListIndexes.DuplicateLeadingColumns);
        GrievanceListIndexes.Configure(options.Schema.For<Grievance>().DatabaseSchemaName(Schema).FillFactor(HotUpdateFillFactor))
            .Duplicate(x => x.FirstAssignedAtUtc).Duplicate(x => x.LastRoundActivityAtUtc);
        options.Schema.For<KnownEnterprise>().DatabaseSchemaName(Schema);
        // ADR 0060: assignments name the unit by its directory id from schema version 2; older ones carried its name.
        options.Events.MapEventTypeWithSchemaVersion<GrievanceAssigned>(2);
        options.Events.Upcast<GrievanceAssignedV1, GrievanceAssigned>("grievance_assigned", old => old.Upcast());
        options.Events.AddEventTypes(GrievanceEventTypes.All);
        options.Events.AddEventType<AssignmentSlipNumberIssued>();
        // The year's slip ledger as a row of its own (ADR 0259): an assignment locks its stream row and takes the version,
        // where a ledger without a snapshot replayed every slip of the year on each assignment.
        options.Projections.Snapshot<AssignmentSlipLedgerState>(SnapshotLifecycle.Inline);
        options.Schema.For<AssignmentSlipLedgerState>().DatabaseSchemaName(Schema);
    }

    /// <summary>
    /// Monthly report refreshes are gathered into batches (one per request) and run one batch at a time, so a later one never
    /// overwrites a newer one with older figures.
    /// </summary>
    public void ConfigureWolverine(WolverineOptions options)
    {
        options.BatchMessagesOf<RefreshMonthlyReport>(batching =>
        {
            batching.BatchSize = RefreshMonthlyReportHandler.BatchSize;
            batching.CoalesceBy((RefreshMonthlyReport refresh) => refresh.GrievanceId);
        });
        options.LocalQueueFor<RefreshMonthlyReport>().Sequential();
    }
}
