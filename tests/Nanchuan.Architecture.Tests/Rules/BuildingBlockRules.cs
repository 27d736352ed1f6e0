using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 3. Nanchuan.BuildingBlocks is plain C#: no Marten, Wolverine, JasperFx, Weasel, ASP.NET Core, Npgsql
/// (see <see cref="Violation.InfrastructurePrefixes"/>) and no other Nanchuan assembly at all (not the platform,
/// not a module). Nanchuan.BuildingBlocks.Platform may use the plain building blocks but no module, contract or Host.
/// </summary>
public static class BuildingBlockRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution)
    {
        foreach (var assembly in solution.Assemblies)
        foreach (var reference in assembly.References)
        {
            var reason = assembly.Role.Kind switch
            {
                AssemblyKind.BuildingBlocks when reference.Role.IsNanchuan =>
                    "the plain building blocks are the bottom layer; nothing in Nanchuan sits below them",
                AssemblyKind.BuildingBlocks when Violation.IsInfrastructure(reference.Name) =>
                    "the plain building blocks are plain C#, free of persistence, messaging and HTTP infrastructure (that is Nanchuan.BuildingBlocks.Platform)",
                AssemblyKind.Platform when reference.Role.IsNanchuan && reference.Role.Kind != AssemblyKind.BuildingBlocks =>
                    "the platform serves every module and knows none; modules plug in through INanchuanModule",
                _ => null,
            };
            if (reason is not null) yield return Violation.Reference(assembly, reference, reason);
        }
    }
}
