namespace Nanchuan.Architecture.Tests.Model;

/// <summary>
/// Everything the architecture rules look at, as plain data. The rules are pure functions of this,
/// so each can be shown to fail on synthetic facts (see Proofs/) and then run on the real assemblies.
/// </summary>
/// <param name="Assemblies">The Nanchuan assemblies of the application (test assemblies excluded).</param>
/// <param name="Projects">Every project under src/, with the assembly it builds.</param>
/// <param name="FrameworkAssemblies">Names of the assemblies of the .NET base class library (Microsoft.NETCore.App).</param>
public sealed record SolutionFacts(
    IReadOnlyList<AssemblyFacts> Assemblies,
    IReadOnlyList<SourceProject> Projects,
    IReadOnlySet<string> FrameworkAssemblies)
{
    public AssemblyFacts? Find(string assemblyName) => Assemblies.FirstOrDefault(a => a.Name == assemblyName);
}

/// <summary>One assembly as read from its metadata (references, type references) and by reflection (types, modules).</summary>
/// <param name="Name">Simple assembly name.</param>
/// <param name="References">Assembly references in the metadata. The compiler only keeps references it uses, so
/// an unused &lt;ProjectReference&gt; does not show up here — a reference here is a real dependency.</param>
/// <param name="Types">Every type defined in the assembly, nested ones included.</param>
/// <param name="Modules">Non-abstract implementations of INanchuanModule, with the Name each reports.</param>
/// <param name="ConstructedTypes">Full names of types from other assemblies whose constructor this assembly calls
/// (member references to .ctor) — for the Host, the modules it instantiates in Program.</param>
public sealed record AssemblyFacts(
    string Name,
    IReadOnlyList<AssemblyReferenceFacts> References,
    IReadOnlyList<TypeFacts> Types,
    IReadOnlyList<ModuleDeclaration> Modules,
    IReadOnlySet<string> ConstructedTypes)
{
    public AssemblyRole Role => AssemblyRoles.Of(Name);

    /// <summary>Types of other assemblies each type uses (read for module implementations).</summary>
    public IReadOnlyList<TypeUse> Uses { get; init; } = [];

    /// <summary>Calls to Apply methods (read for module implementations).</summary>
    public IReadOnlyList<ApplyCall> ApplyCalls { get; init; } = [];

    /// <summary>Wolverine handler methods (read for module implementations).</summary>
    public IReadOnlyList<HandlerFacts> Handlers { get; init; } = [];
}

/// <param name="Name">Simple name of the referenced assembly.</param>
/// <param name="TypesUsed">Full names of the types this assembly uses from it (type references), for the messages.</param>
public sealed record AssemblyReferenceFacts(string Name, IReadOnlyList<string> TypesUsed)
{
    public AssemblyRole Role => AssemblyRoles.Of(Name);
}

/// <param name="FullName">Reflection full name (nested types as Outer+Inner).</param>
/// <param name="Namespace">Namespace; empty for the global namespace.</param>
/// <param name="IsPublic">Visible outside the assembly.</param>
/// <param name="IsCompilerGenerated">Marked [CompilerGenerated], named &lt;…&gt;, or nested in such a type.</param>
public sealed record TypeFacts(string FullName, string Namespace, bool IsPublic, bool IsCompilerGenerated);

/// <param name="TypeFullName">The INanchuanModule implementation.</param>
/// <param name="Name">Its INanchuanModule.Name.</param>
public sealed record ModuleDeclaration(string TypeFullName, string Name);

/// <param name="AssemblyName">Assembly the project builds.</param>
/// <param name="Path">Project file, relative to the repository root, with '/' separators.</param>
/// <param name="ModuleFolder">X when the project lives under src/Modules/X/, otherwise null.</param>
public sealed record SourceProject(string AssemblyName, string Path, string? ModuleFolder);
