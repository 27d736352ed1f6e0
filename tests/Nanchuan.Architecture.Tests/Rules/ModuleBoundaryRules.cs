using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 1. A module implementation (Nanchuan.&lt;M&gt;) may reference the framework and NuGet packages,
/// Nanchuan.BuildingBlocks, Nanchuan.BuildingBlocks.Platform, its own contract and other modules' contracts —
/// never another module's implementation, the Host, a test assembly or an unclassified Nanchuan assembly.
/// </summary>
public static class ModuleBoundaryRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution)
    {
        foreach (var assembly in solution.Assemblies.Where(a => a.Role.Kind == AssemblyKind.ModuleImplementation))
        foreach (var reference in assembly.References)
        {
            var reason = reference.Role.Kind switch
            {
                AssemblyKind.External or AssemblyKind.BuildingBlocks or AssemblyKind.Platform or AssemblyKind.ModuleContracts => null,
                AssemblyKind.ModuleImplementation =>
                    $"modules talk only through contracts; use {AssemblyRoles.ContractsOf(reference.Role.Module!)} (integration events, query contracts)",
                AssemblyKind.Host => "the Host is the composition root; modules never depend on it",
                AssemblyKind.Test => "test code never ships in a module",
                _ => "a module may use only the building blocks and module contracts",
            };
            if (reason is not null) yield return Violation.Reference(assembly, reference, reason);
        }
    }
}
