using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 5. Layout and registration, so a new module cannot be half wired:
/// every project under src/ builds an assembly that is in the Host's output (the Host's project graph);
/// every Nanchuan assembly is built from a project under src/, and a module's from src/Modules/&lt;M&gt;/Nanchuan.&lt;M&gt;[.Contracts];
/// every module implementation declares exactly one INanchuanModule whose Name is the folder name and which
/// Program constructs (the Host's metadata has a call to its constructor); contracts declare none.
/// </summary>
public static class ModuleRegistrationRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution)
    {
        var host = solution.Assemblies.FirstOrDefault(a => a.Role.Kind == AssemblyKind.Host);
        if (host is null)
        {
            yield return $"{AssemblyRoles.Host} was not found; the module registration cannot be checked.";
            yield break;
        }

        foreach (var project in solution.Projects)
        {
            if (solution.Find(project.AssemblyName) is null)
                yield return $"{project.AssemblyName} ({project.Path}) is not in the Host's output: reference it from the Host " +
                             "(module implementations from Nanchuan.Host.csproj, contracts from their module) and register the module in Program.";
        }

        foreach (var assembly in solution.Assemblies)
        {
            var role = assembly.Role;
            var project = solution.Projects.FirstOrDefault(p => p.AssemblyName == assembly.Name);
            if (project is null)
            {
                yield return $"{assembly.Name} is not built from any project under src/.";
            }
            else if (role.Kind is AssemblyKind.ModuleImplementation or AssemblyKind.ModuleContracts && project.ModuleFolder != role.Module)
            {
                yield return $"{assembly.Name} ({project.Path}) must live in src/Modules/{role.Module}/{assembly.Name}/.";
            }
            else if (role.Kind is not (AssemblyKind.ModuleImplementation or AssemblyKind.ModuleContracts) && project.ModuleFolder is not null)
            {
                yield return $"{assembly.Name} ({project.Path}) is under src/Modules/{project.ModuleFolder}/ but is {role.Describe()}; " +
                             $"a module has only {AssemblyRoles.ImplementationOf(project.ModuleFolder)} and {AssemblyRoles.ContractsOf(project.ModuleFolder)}.";
            }

            if (role.Kind == AssemblyKind.UnknownNanchuan)
                yield return $"{assembly.Name} is {role.Describe()}.";

            if (role.Kind == AssemblyKind.ModuleContracts)
            {
                foreach (var module in assembly.Modules)
                    yield return $"{assembly.Name} must not declare the module {module.TypeFullName}: it belongs in {AssemblyRoles.ImplementationOf(role.Module!)}.";
            }

            if (role.Kind != AssemblyKind.ModuleImplementation) continue;
            switch (assembly.Modules)
            {
                case []:
                    yield return $"{assembly.Name} declares no INanchuanModule: add a {role.Module}Module class and list it in Program.";
                    break;
                case [_, _, ..]:
                    yield return $"{assembly.Name} declares {assembly.Modules.Count} INanchuanModule implementations " +
                                 $"({string.Join(", ", assembly.Modules.Select(m => m.TypeFullName))}); a module has exactly one.";
                    break;
                case [var module]:
                    if (module.Name != role.Module)
                        yield return $"{module.TypeFullName} in {assembly.Name} has Name \"{module.Name}\"; it must be \"{role.Module}\", the folder name " +
                                     "(it becomes the schema and the /api prefix).";
                    if (!host.ConstructedTypes.Contains(module.TypeFullName))
                        yield return $"{module.TypeFullName} ({assembly.Name}) is not registered: Program in {host.Name} must pass `new {module.TypeFullName}()` to AddNanchuanPlatform.";
                    break;
            }
        }
    }
}
