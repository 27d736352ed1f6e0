using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// Conditional case reads answered from memory while the case is unchanged on every node (ADR 0168), and case snapshots
/// read without a Marten session (ADR 0202).
/// </summary>
internal static class CaseReadSetup
{
    public static void AddCaseReads(this IServiceCollection services)
    {
        services.AddSingleton<CaseTagCache>();
        services.AddSingleton<CaseSnapshots>();
        services.AddSingleton<CaseChanges>();
        services.AddHostedService<CaseChangeRelay>();
        services.ConfigureMarten((provider, options) => options.Listeners.Add(provider.GetRequiredService<CaseChanges>()));
    }
}
