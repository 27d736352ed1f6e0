using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.Awards.Deadlines;
using Nanchuan.Awards.Reviewing;
using Nanchuan.Awards.Voting;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Awards.Reports;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Awards;

/// <summary>
/// Awards ("最佳案例大家评": the yearly best-case contest, judged by all): submissions, the preliminary, the public online vote
/// with receipts and a recountable hash-chained log, the final panel's scoring, the two approvals and the award. Schema
/// `awards`, endpoints under `/api/awards`, public contract in Nanchuan.Awards.Contracts.
/// </summary>
public sealed class AwardsModule : INanchuanModule
{
    public const string ModuleName = "Awards";
    public const string Schema = "awards";
    public const string Route = "/api/awards";
    public const string Tag = "Awards";

    public string Name => ModuleName;

    public ReportCatalog Reports => AwardsReports.Catalog;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSettings<AwardsOptions>(configuration, ModuleName)
            .Validate<IHostEnvironment>((options, environment) => environment.IsDevelopment() || !string.IsNullOrWhiteSpace(options.VoterHashKey), AwardsOptions.MissingVoterHashKey);
        services.AddSingleton<VoterHashing>();
        services.AddCaseDeadlines<AwardDeadlines>();
        services.AddSingleton<VoteWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<VoteWriter>());
        services.AddSingleton<VoteRateLimit>();
        services.AddOptions<RateLimiterOptions>().Configure<VoteRateLimit>((limits, policy) => limits.AddPolicy(VoteRateLimit.Name, policy));
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // The contest is its own detail view and the public pages' source: updated in the same transaction as the append.
        options.Projections.Snapshot<Contest>(SnapshotLifecycle.Inline);
        options.Schema.For<Contest>().DatabaseSchemaName(Schema).Duplicate(c => c.Year);
        // The vote log's snapshot is the live tally; the two guards are the per-voter and per-source state the vote checks.
        options.Projections.Snapshot<VoteLog>(SnapshotLifecycle.Inline);
        options.Schema.For<VoteLog>().DatabaseSchemaName(Schema);
        options.Projections.Add<VoterDayProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<VoterDay>().DatabaseSchemaName(Schema);
        options.Projections.Add<SourceWindowProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<SourceWindow>().DatabaseSchemaName(Schema);
        // A burst is its own document, so the snapshot every vote rewrites does not grow with them (ADR 0261).
        options.Projections.Add<BurstProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<Burst>().DatabaseSchemaName(Schema).Index(b => b.VoteLogId);
        options.Projections.Add(new AwardsReportProjection(), ProjectionLifecycle.Inline);
        options.Events.AddEventTypes(ModuleEvents.In(typeof(AwardsModule).Assembly));
    }
}
