using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 6 (type level). Public types of Nanchuan.&lt;M&gt; live in namespace Nanchuan.&lt;M&gt; or below it, but not in
/// Nanchuan.&lt;M&gt;.Contracts (that namespace is the contract's, and Wolverine identifies messages by full type name);
/// public types of Nanchuan.&lt;M&gt;.Contracts live in Nanchuan.&lt;M&gt;.Contracts or below it. Compiler-generated types are ignored.
/// </summary>
public static class NamespaceRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution)
    {
        foreach (var assembly in solution.Assemblies)
        {
            var role = assembly.Role;
            if (role.Kind is not (AssemblyKind.ModuleImplementation or AssemblyKind.ModuleContracts)) continue;
            var home = assembly.Name; // Nanchuan.<M> or Nanchuan.<M>.Contracts
            var contracts = AssemblyRoles.ContractsOf(role.Module!);

            foreach (var type in assembly.Types.Where(t => t.IsPublic && !t.IsCompilerGenerated))
            {
                if (!IsWithin(type.Namespace, home))
                    yield return $"{type.FullName} in {assembly.Name} must live in namespace {home} or below it.";
                else if (role.Kind == AssemblyKind.ModuleImplementation && IsWithin(type.Namespace, contracts))
                    yield return $"{type.FullName} in {assembly.Name} is in the contract's namespace {contracts}; " +
                                 $"public contract types belong in the {contracts} assembly.";
            }
        }
    }

    private static bool IsWithin(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);
}
