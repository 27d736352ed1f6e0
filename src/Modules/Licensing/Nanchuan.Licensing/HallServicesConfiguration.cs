using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.Licensing.EnterpriseHome.Meetings;
using Nanchuan.Licensing.EnterpriseHome.Policies;
using Nanchuan.Licensing.EnterpriseHome.Talks;
using Nanchuan.Licensing.FinancialStreet;
using Nanchuan.Licensing.FinancialStreet.Accounts;
using Nanchuan.Licensing.Packages;
using Nanchuan.Licensing.ServiceZones;

namespace Nanchuan.Licensing;

/// <summary>
/// Settings, documents and report tables of the hall's one-window services: 一件事一次办 packages, the "1+N" service zones' queues,
/// the financial street (大厅金融街: financing and account opening) and 企业之家's coordination meetings (协调议事),
/// policy consultations (惠企政策咨询) and business talks (商务洽谈), all in the <c>licensing</c> schema.
/// </summary>
internal static class HallServicesConfiguration
{
    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSettings<PackageOptions>(configuration, PackageOptions.Section);
        services.AddModuleSettings<ServiceZoneOptions>(configuration, ServiceZoneOptions.Section);
        services.AddModuleSettings<FinancialStreetOptions>(configuration, FinancialStreetOptions.Section);
        services.AddCaseDeadlines<MeetingDeadlines>();
        services.AddModuleSettings<TalkRoomOptions>(configuration, TalkRoomOptions.Section);
    }

    public static void ConfigureMarten(StoreOptions options, string schema)
    {
        options.Projections.Snapshot<ServicePackage>(SnapshotLifecycle.Inline);
        options.Schema.For<ServicePackage>().DatabaseSchemaName(schema);
        options.Projections.Add(new PackageApplicationTable(), ProjectionLifecycle.Inline);
        options.Projections.Snapshot<ZoneQueue>(SnapshotLifecycle.Inline);
        options.Schema.For<ZoneQueue>().DatabaseSchemaName(schema);
        options.Projections.Add(new QueueTicketTable(), ProjectionLifecycle.Inline);
        options.Projections.Snapshot<FinancingRequest>(SnapshotLifecycle.Inline);
        options.Schema.For<FinancingRequest>().DatabaseSchemaName(schema).Index(r => r.CreditCode);
        options.Projections.Snapshot<FinancingReferral>(SnapshotLifecycle.Inline);
        options.Schema.For<FinancingReferral>().DatabaseSchemaName(schema).Index(r => r.Bank).Index(r => r.RequestId);
        options.Projections.Add(new FinancingReferralTable(), ProjectionLifecycle.Inline);
        options.Projections.Snapshot<BankAccounts>(SnapshotLifecycle.Inline);
        options.Schema.For<BankAccounts>().DatabaseSchemaName(schema);
        options.Projections.Snapshot<CoordinationMeeting>(SnapshotLifecycle.Inline);
        options.Schema.For<CoordinationMeeting>().DatabaseSchemaName(schema).Index(m => m.CreditCode);
        options.Projections.Snapshot<PolicyConsultation>(SnapshotLifecycle.Inline);
        options.Schema.For<PolicyConsultation>().DatabaseSchemaName(schema).Index(c => c.CreditCode);
        options.Projections.Snapshot<TalkRoomDay>(SnapshotLifecycle.Inline);
        options.Schema.For<TalkRoomDay>().DatabaseSchemaName(schema);
    }
}
