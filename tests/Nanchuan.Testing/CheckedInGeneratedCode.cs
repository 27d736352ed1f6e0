using System.Collections.Concurrent;
using System.Reflection;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using JasperFx.RuntimeCompiler;

namespace Nanchuan.Testing;

/// <summary>
/// The test hosts' compiler of Wolverine's generated code (TypeLoadMode.Dynamic, docs/adr/0005): a chain whose freshly
/// generated source is, character for character, a file of src/Host/Internal/Generated runs on the class the Host's build
/// compiled from that file; any other source (a new or changed endpoint or handler, a host with other policies) is compiled
/// with Roslyn as before, once per process (docs/adr/0140, 0164). So a test never runs stale checked-in code, and a process
/// whose chains are all checked in never loads Roslyn.
/// </summary>
internal sealed class CheckedInGeneratedCode : IAssemblyGenerator
{
    private const string ResourcePrefix = "checked-in-generated/";

    private static readonly Assembly Host = typeof(Program).Assembly;

    /// <summary>The checked-in sources, embedded in this assembly by the same build that compiled them into the Host.</summary>
    private static readonly Lazy<HashSet<string>> CheckedIn = new(ReadCheckedIn);

    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Compiled = new();

    private readonly List<Assembly> referenced = [];

    public string? AssemblyName { get; set; }

    public void Compile(GeneratedAssembly generatedAssembly, IServiceVariableSource? services = null) =>
        Compile(generatedAssembly, services, out _);

    public void Compile(GeneratedAssembly generatedAssembly, IServiceVariableSource? services, out string code)
    {
        // Generated once: arranging the frames again would apply the method policies twice.
        code = generatedAssembly.GenerateCode(services);
        if (CheckedIn.Value.Contains(code.ReplaceLineEndings("\n")))
        {
            generatedAssembly.AttachAssembly(Host);
            return;
        }

        // As JasperFx's AssemblyGenerator.Compile references them, keyed like its ReuseCompiledAssemblies cache.
        var references = new[] { typeof(AssemblyGenerator).Assembly, typeof(Task).Assembly }
            .Concat(referenced)
            .Concat(generatedAssembly.Rules.Assemblies)
            .Concat(generatedAssembly.AllReferencedAssemblies())
            .Concat(generatedAssembly.GeneratedTypes.SelectMany(t => t.AssemblyReferences()))
            .Distinct().ToList();
        var key = string.Join('\n', references.Select(a => $"{a.FullName}|{a.ManifestModule.ModuleVersionId}").Order(StringComparer.Ordinal).Prepend(code));
        var source = code;
        var compiled = Compiled.GetOrAdd(key, _ => new Lazy<Assembly>(() =>
        {
            var roslyn = new AssemblyGenerator();
            foreach (var reference in references) roslyn.ReferenceAssembly(reference);
            return roslyn.Generate(source);
        }));
        try
        {
            generatedAssembly.AttachAssembly(compiled.Value);
        }
        catch
        {
            Compiled.TryRemove(new KeyValuePair<string, Lazy<Assembly>>(key, compiled));
            throw;
        }
    }

    public void ReferenceAssembly(Assembly assembly) => referenced.Add(assembly);

    public void ReferenceAssemblyContainingType<T>() => ReferenceAssembly(typeof(T).Assembly);

    public Assembly Generate(Action<ISourceWriter> write)
    {
        using var writer = new SourceWriter();
        write(writer);
        return Generate(writer.Code());
    }

    public Assembly Generate(string code)
    {
        var roslyn = new AssemblyGenerator { AssemblyName = AssemblyName };
        foreach (var reference in referenced) roslyn.ReferenceAssembly(reference);
        return roslyn.Generate(code);
    }

    private static HashSet<string> ReadCheckedIn()
    {
        var self = typeof(CheckedInGeneratedCode).Assembly;
        return self.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(self.GetManifestResourceStream(n)!);
                return reader.ReadToEnd().ReplaceLineEndings("\n");
            })
            .ToHashSet(StringComparer.Ordinal);
    }
}
