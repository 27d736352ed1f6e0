using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Proofs;

/// <summary>
/// A small, clean synthetic solution (Licensing and Grievances, Grievances using Licensing's contract) that every
/// rule accepts, and helpers to break it in exactly one place.
/// </summary>
internal static class Synthetic
{
    public static SolutionFacts Clean() => new(
        [
            Assembly("Nanchuan.BuildingBlocks", ["System.Runtime", "System.Text.Json"],
                [Public("Nanchuan.BuildingBlocks.Enterprises.UnifiedSocialCreditCode")]),
            Assembly("Nanchuan.BuildingBlocks.Platform",
                ["System.Runtime", "Nanchuan.BuildingBlocks", "Marten", "Wolverine", "Microsoft.AspNetCore.Http.Abstractions", "Npgsql"],
                [Public("Nanchuan.BuildingBlocks.Platform.Modules.INanchuanModule")]),
            Assembly("Nanchuan.Host", ["System.Runtime", "Nanchuan.BuildingBlocks.Platform", "Nanchuan.Licensing", "Nanchuan.Grievances", "JasperFx"],
                [
                    Public("Program", ns: ""),
                    new TypeFacts("Program+<>c", "", IsPublic: false, IsCompilerGenerated: true),
                    new TypeFacts("Microsoft.CodeAnalysis.EmbeddedAttribute", "Microsoft.CodeAnalysis", IsPublic: false, IsCompilerGenerated: true),
                    Public("Internal.Generated.WolverineHandlers.RegisterCompanyHandler1234"),
                    Public("Marten.Generated.DocumentStorage.CompanyProvider"),
                    new TypeFacts("JasperFx.Generated.DiscoveredEventModels", "JasperFx.Generated", IsPublic: false, IsCompilerGenerated: false),
                ],
                constructed: ["Nanchuan.Licensing.LicensingModule", "Nanchuan.Grievances.GrievancesModule", "Microsoft.AspNetCore.Builder.WebApplicationOptions"]),
            Assembly("Nanchuan.Licensing",
                ["System.Runtime", "Nanchuan.BuildingBlocks", "Nanchuan.BuildingBlocks.Platform", "Nanchuan.Licensing.Contracts", "Marten", "Wolverine.Http"],
                [Public("Nanchuan.Licensing.LicensingModule"), Public("Nanchuan.Licensing.Registering.RegisterCompany"),
                 new TypeFacts("Nanchuan.Licensing.Registering.Company", "Nanchuan.Licensing.Registering", IsPublic: false, IsCompilerGenerated: false)],
                modules: [new ModuleDeclaration("Nanchuan.Licensing.LicensingModule", "Licensing")]),
            Assembly("Nanchuan.Licensing.Contracts", ["System.Runtime", "Nanchuan.BuildingBlocks"],
                [Public("Nanchuan.Licensing.Contracts.CompanyRegistered")]),
            Assembly("Nanchuan.Grievances",
                ["System.Runtime", "Nanchuan.BuildingBlocks", "Nanchuan.BuildingBlocks.Platform", "Nanchuan.Grievances.Contracts", "Nanchuan.Licensing.Contracts"],
                [Public("Nanchuan.Grievances.GrievancesModule"), Public("Nanchuan.Grievances.Filing.FileGrievance")],
                modules: [new ModuleDeclaration("Nanchuan.Grievances.GrievancesModule", "Grievances")]),
            Assembly("Nanchuan.Grievances.Contracts", ["System.Runtime", "System.Collections", "Nanchuan.BuildingBlocks"],
                [Public("Nanchuan.Grievances.Contracts.GrievanceClosed")]),
        ],
        [
            new SourceProject("Nanchuan.BuildingBlocks", "src/BuildingBlocks/Nanchuan.BuildingBlocks/Nanchuan.BuildingBlocks.csproj", null),
            new SourceProject("Nanchuan.BuildingBlocks.Platform", "src/BuildingBlocks/Nanchuan.BuildingBlocks.Platform/Nanchuan.BuildingBlocks.Platform.csproj", null),
            new SourceProject("Nanchuan.Host", "src/Host/Nanchuan.Host.csproj", null),
            ModuleProject("Licensing", "Nanchuan.Licensing"),
            ModuleProject("Licensing", "Nanchuan.Licensing.Contracts"),
            ModuleProject("Grievances", "Nanchuan.Grievances"),
            ModuleProject("Grievances", "Nanchuan.Grievances.Contracts"),
        ],
        new HashSet<string>(["System.Runtime", "System.Collections", "System.Text.Json", "netstandard"]));

    public static AssemblyFacts Assembly(
        string name, string[] references, TypeFacts[] types, ModuleDeclaration[]? modules = null, string[]? constructed = null) =>
        new(name,
            references.Select(r => new AssemblyReferenceFacts(r, [])).ToList(),
            types,
            modules ?? [],
            new HashSet<string>(constructed ?? []));

    public static TypeFacts Public(string fullName, string? ns = null) =>
        new(fullName, ns ?? fullName[..fullName.LastIndexOf('.')], IsPublic: true, IsCompilerGenerated: false);

    public static SourceProject ModuleProject(string folder, string assemblyName) =>
        new(assemblyName, $"src/Modules/{folder}/{assemblyName}/{assemblyName}.csproj", folder);

    public static SolutionFacts Change(this SolutionFacts solution, string assemblyName, Func<AssemblyFacts, AssemblyFacts> change)
    {
        solution.Find(assemblyName).ShouldNotBeNull($"{assemblyName} is not in the solution being changed");
        return solution with { Assemblies = solution.Assemblies.Select(a => a.Name == assemblyName ? change(a) : a).ToList() };
    }

    /// <summary>Adds a reference from <paramref name="assemblyName"/> to <paramref name="reference"/>, using the given types.</summary>
    public static SolutionFacts Referencing(this SolutionFacts solution, string assemblyName, string reference, params string[] typesUsed) =>
        solution.Change(assemblyName, a => a with { References = [.. a.References, new AssemblyReferenceFacts(reference, typesUsed)] });

    public static SolutionFacts WithType(this SolutionFacts solution, string assemblyName, TypeFacts type) =>
        solution.Change(assemblyName, a => a with { Types = [.. a.Types, type] });

    public static SolutionFacts Using(this SolutionFacts solution, string assemblyName, string user, string usedAssembly, string usedType) =>
        solution.Change(assemblyName, a => a with { Uses = [.. a.Uses, new TypeUse(user, user[..user.LastIndexOf('.')], usedAssembly, usedType)] });

    public static SolutionFacts Calling(this SolutionFacts solution, string assemblyName, params ApplyCall[] calls) =>
        solution.Change(assemblyName, a => a with { ApplyCalls = [.. a.ApplyCalls, .. calls] });

    public static SolutionFacts Handling(this SolutionFacts solution, string assemblyName, params HandlerFacts[] handlers) =>
        solution.Change(assemblyName, a => a with { Handlers = [.. a.Handlers, .. handlers] });

    public static SolutionFacts WithAssembly(this SolutionFacts solution, AssemblyFacts assembly, SourceProject? project) =>
        solution with
        {
            Assemblies = [.. solution.Assemblies, assembly],
            Projects = project is null ? solution.Projects : [.. solution.Projects, project],
        };
}
