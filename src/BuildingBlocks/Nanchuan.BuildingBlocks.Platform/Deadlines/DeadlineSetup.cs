using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.BuildingBlocks.Platform.Deadlines;

/// <summary>Every module's <see cref="ICaseDeadlines"/>, by case type.</summary>
public sealed class CaseDeadlinesRegistry(IEnumerable<ICaseDeadlines> all)
{
    private readonly Dictionary<string, ICaseDeadlines> _byType = all.ToDictionary(d => d.CaseType);

    public IReadOnlyCollection<ICaseDeadlines> All => _byType.Values;

    /// <summary>The deadlines of a case type, null when its module watches none.</summary>
    public ICaseDeadlines? Find(string caseType) => _byType.GetValueOrDefault(caseType);

    public ICaseDeadlines For(string caseType) =>
        _byType.TryGetValue(caseType, out var deadlines) ? deadlines : throw new InvalidOperationException($"No deadlines registered for case type '{caseType}'.");
}

public static class DeadlineSetup
{
    /// <summary>
    /// The deadline capability: the warning leads from `Deadlines:WarningLeads:{Kind}:WorkingDays` or `…:BusinessTime`
    /// (e.g. `Deadlines:WarningLeads:WorkingDays:WorkingDays=2`), the watch and the registry of the modules' case deadlines.
    /// </summary>
    public static void AddDeadlines(this IServiceCollection services, IConfiguration configuration)
    {
        var leads = new Dictionary<DeadlineKind, WarningLead>();
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            var section = configuration.GetSection($"Deadlines:WarningLeads:{kind}");
            var fallback = WarningLeads.Defaults.For(kind);
            leads[kind] = section.Exists()
                ? new WarningLead(section.GetValue("WorkingDays", 0), section.GetValue("BusinessTime", TimeSpan.Zero))
                : fallback;
        }
        services.AddSingleton(new WarningLeads(leads));
        services.AddSingleton<DeadlineWatch>();
        services.AddSingleton<CaseDeadlinesRegistry>();
    }

    /// <summary>Registers a module's deadlines of one case type (as itself too, so its endpoints can ask it about a case).</summary>
    public static void AddCaseDeadlines<T>(this IServiceCollection services) where T : class, ICaseDeadlines
    {
        services.AddSingleton<T>();
        services.AddSingleton<ICaseDeadlines>(sp => sp.GetRequiredService<T>());
    }
}
