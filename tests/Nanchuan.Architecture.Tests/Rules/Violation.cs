using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>Message formats shared by the rules: every message names the offending assembly and what it must not do.</summary>
internal static class Violation
{
    /// <summary>"A must not reference B (what B is): reason. Types used: …"</summary>
    public static string Reference(AssemblyFacts assembly, AssemblyReferenceFacts reference, string reason)
    {
        var used = reference.TypesUsed.Count == 0
            ? ""
            : " Types used: " + string.Join(", ", reference.TypesUsed.Order(StringComparer.Ordinal).Take(5))
              + (reference.TypesUsed.Count > 5 ? $" (+{reference.TypesUsed.Count - 5} more)" : "") + ".";
        return $"{assembly.Name} must not reference {reference.Name} ({reference.Role.Describe()}): {reason}.{used}";
    }

    /// <summary>Assembly names beginning with one of these are persistence, messaging or HTTP infrastructure.</summary>
    public static readonly string[] InfrastructurePrefixes =
    [
        "Marten", "Wolverine", "JasperFx", "Weasel", "Npgsql", "Microsoft.AspNetCore", "Swashbuckle",
        "Microsoft.OpenApi", "Microsoft.EntityFrameworkCore", "Lamar",
    ];

    public static bool IsInfrastructure(string assemblyName) =>
        InfrastructurePrefixes.Any(p => assemblyName == p || assemblyName.StartsWith(p + ".", StringComparison.Ordinal));
}
