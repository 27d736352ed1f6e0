using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 4. The Host holds no business rules. Every type in Nanchuan.Host, nested types included, must be
/// (a) Program, the top-level-statements entry point in the global namespace;
/// (b) compiler-generated ([CompilerGenerated], a &lt;…&gt; name, or nested in such a type: lambdas, closures, embedded attributes); or
/// (c) Critter Stack generated code: Internal.Generated (Wolverine handlers and HTTP endpoints, e.g.
///     Internal.Generated.WolverineHandlers) and Marten.Generated (document storage, projections) — what
///     `codegen write` puts in the Host for TypeLoadMode.Static — and JasperFx.Generated (the JasperFx source
///     generators' compile-time manifests, e.g. DiscoveredEventModels, emitted into every executable).
/// Anything else (a handler, a validator, a helper class, a class nested in Program) belongs in a module or the platform.
/// </summary>
public static class HostRules
{
    public static readonly string[] GeneratedNamespaces = ["Internal.Generated", "Marten.Generated", "JasperFx.Generated"];

    public static IEnumerable<string> Violations(SolutionFacts solution)
    {
        foreach (var host in solution.Assemblies.Where(a => a.Role.Kind == AssemblyKind.Host))
        foreach (var type in host.Types)
        {
            if (type.FullName == "Program" && type.Namespace.Length == 0) continue;
            if (type.IsCompilerGenerated) continue;
            if (GeneratedNamespaces.Any(ns => type.Namespace == ns || type.Namespace.StartsWith(ns + ".", StringComparison.Ordinal))) continue;
            yield return $"{host.Name} must not define {type.FullName}: the Host is the composition root (Program lists the modules); " +
                         "business code belongs in a module, infrastructure in Nanchuan.BuildingBlocks.Platform.";
        }
    }
}
