using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 2. A contract (Nanchuan.&lt;M&gt;.Contracts) may reference only the .NET base class library
/// (the assemblies of Microsoft.NETCore.App) and Nanchuan.BuildingBlocks. Not the platform, not Marten, Wolverine,
/// ASP.NET Core or Npgsql, not any module implementation, and not another module's contract: contracts are
/// self-contained, so a consumer of one contract never inherits another module's wire types and versioning, and
/// value types that several contracts share (like the unified social credit code) live in Nanchuan.BuildingBlocks.
/// </summary>
public static class ContractRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution)
    {
        foreach (var assembly in solution.Assemblies.Where(a => a.Role.Kind == AssemblyKind.ModuleContracts))
        foreach (var reference in assembly.References)
        {
            if (reference.Role.Kind == AssemblyKind.BuildingBlocks) continue;
            if (reference.Role.Kind == AssemblyKind.External && solution.FrameworkAssemblies.Contains(reference.Name)) continue;

            var reason = reference.Role.Kind switch
            {
                AssemblyKind.ModuleContracts =>
                    "contracts are self-contained; put shared value types in Nanchuan.BuildingBlocks or copy the facts into this module's own events",
                AssemblyKind.Platform => "contracts are plain C#; the platform brings Marten, Wolverine and ASP.NET Core",
                AssemblyKind.ModuleImplementation => "a contract never depends on a module's implementation",
                AssemblyKind.External when Violation.IsInfrastructure(reference.Name) =>
                    "contracts are plain C#, free of persistence, messaging and HTTP infrastructure",
                _ => "a contract may reference only the .NET base class library and Nanchuan.BuildingBlocks",
            };
            yield return Violation.Reference(assembly, reference, reason);
        }
    }
}
