using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Nanchuan.Architecture.Tests.Model;
using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Architecture.Tests.Reading;

/// <summary>
/// Reads the real solution: every Nanchuan.*.dll in the test output (this project references Nanchuan.Testing, which
/// references the Host, so the output holds the Host's whole project graph and a new module is picked up without
/// editing the tests), and every project under src/.
/// </summary>
public static class SolutionReader
{
    private static readonly Lazy<SolutionFacts> Real = new(Read);

    public static SolutionFacts Solution => Real.Value;

    private static SolutionFacts Read()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, AssemblyRoles.Prefix + "*.dll")
            .Where(path => AssemblyRoles.Of(Path.GetFileNameWithoutExtension(path)).Kind != AssemblyKind.Test)
            .Order(StringComparer.Ordinal)
            .Select(ReadAssembly)
            .ToList();
        return new SolutionFacts(assemblies, ReadProjects(RepositoryRoot()), FrameworkAssemblies());
    }

    /// <summary>The base class library: the assemblies of the shared framework this test runs on (Microsoft.NETCore.App).</summary>
    private static IReadOnlySet<string> FrameworkAssemblies()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.EnumerateFiles(directory, "*.dll").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    public static AssemblyFacts ReadAssembly(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var name = metadata.GetString(metadata.GetAssemblyDefinition().Name);

        var typesUsed = new Dictionary<AssemblyReferenceHandle, List<string>>();
        foreach (var handle in metadata.TypeReferences)
        {
            var (scope, fullName) = Resolve(metadata, handle);
            if (scope is not { } assemblyHandle) continue;
            if (!typesUsed.TryGetValue(assemblyHandle, out var list)) typesUsed[assemblyHandle] = list = [];
            list.Add(fullName);
        }
        var references = metadata.AssemblyReferences
            .Select(h => new AssemblyReferenceFacts(
                metadata.GetString(metadata.GetAssemblyReference(h).Name),
                typesUsed.TryGetValue(h, out var used) ? used.Distinct().ToList() : []))
            .ToList();

        var constructed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (metadata.GetString(member.Name) != ".ctor" || member.Parent.Kind != HandleKind.TypeReference) continue;
            constructed.Add(Resolve(metadata, (TypeReferenceHandle)member.Parent).FullName);
        }

        var assembly = Assembly.Load(AssemblyName.GetAssemblyName(path));
        var types = LoadableTypes(assembly);
        var (uses, calls, handlers) = AssemblyRoles.Of(name).Kind == AssemblyKind.ModuleImplementation ? CodeReader.Read(assembly, types) : ([], [], []);
        return new AssemblyFacts(
            name,
            references,
            types.Select(t => new TypeFacts(t.FullName ?? t.Name, t.Namespace ?? "", t.IsVisible, IsCompilerGenerated(t))).ToList(),
            types.Where(t => typeof(INanchuanModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .Select(t => new ModuleDeclaration(t.FullName!, ModuleName(t))).ToList(),
            constructed)
        {
            Uses = uses,
            ApplyCalls = calls,
            Handlers = handlers,
        };
    }

    /// <summary>The assembly a type reference points into (null for references into this module) and its full name.</summary>
    private static (AssemblyReferenceHandle? Scope, string FullName) Resolve(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        switch (type.ResolutionScope.Kind)
        {
            case HandleKind.TypeReference:
                var (scope, outer) = Resolve(metadata, (TypeReferenceHandle)type.ResolutionScope);
                return (scope, outer + "+" + name);
            case HandleKind.AssemblyReference:
                var ns = metadata.GetString(type.Namespace);
                return ((AssemblyReferenceHandle)type.ResolutionScope, ns.Length == 0 ? name : ns + "." + name);
            default:
                return (null, name);
        }
    }

    private static Type[] LoadableTypes(Assembly assembly)
    {
        try { return assembly.GetTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>().ToArray(); }
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.Name.StartsWith('<')
        || type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        || (type.DeclaringType is { } outer && IsCompilerGenerated(outer));

    /// <summary>INanchuanModule.Name of a module type: constructed with its parameterless constructor, or without running one.</summary>
    private static string ModuleName(Type type)
    {
        try
        {
            var instance = type.GetConstructor(Type.EmptyTypes) is not null
                ? Activator.CreateInstance(type)
                : RuntimeHelpers.GetUninitializedObject(type);
            return ((INanchuanModule)instance!).Name;
        }
        catch (Exception e)
        {
            return $"<Name could not be read: {e.GetBaseException().Message}>";
        }
    }

    private static IReadOnlyList<SourceProject> ReadProjects(string root)
    {
        var src = Path.Combine(root, "src");
        return Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj"]).Any())
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
                var segments = relative.Split('/');
                var moduleFolder = segments is ["src", "Modules", var folder, _, ..] ? folder : null;
                var assemblyName = XDocument.Load(path).Descendants("AssemblyName").Select(e => e.Value.Trim()).LastOrDefault()
                                   ?? Path.GetFileNameWithoutExtension(path);
                return new SourceProject(assemblyName, relative, moduleFolder);
            })
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nanchuan.Monolith.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Nanchuan.Monolith.sln not found above {AppContext.BaseDirectory}.");
    }
}
