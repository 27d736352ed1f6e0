using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>Tamper evidence for every module's events, with no module code (ADR 0086).</summary>
public static class IntegritySetup
{
    public static void AddEventIntegrity(this IServiceCollection services)
    {
        services.AddSingleton<EventChain>();
        services.AddSingleton<DigestRecorder>();
        services.AddHostedService<DailyDigest>();
        services.AddSingleton<Erasure.PersonalDataEraser>();
    }

    public static void ConfigureIntegrityStorage(this StoreOptions options)
    {
        options.Storage.Add(new EventSealFeature(PlatformHosting.EventSchema, options.Advanced.Migrator));
        options.Schema.For<DigestRecord>().DatabaseSchemaName(PlatformHosting.PlatformSchema);
    }
}
