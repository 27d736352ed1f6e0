using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Production loads Wolverine's handler and endpoint code from src/Host/Internal/Generated (TypeLoadMode.Static,
/// docs/adr/0005-wolverine-code-generation.md). Development and the tests compile at run time (Dynamic), so they
/// never notice stale checked-in code: a missing type stops the Production host at start, and a changed handler
/// whose type still exists would silently run its old code. This test regenerates the code and compares.
/// </summary>
/// <remarks>
/// Uses a host of its own: generating code rebuilds every chain, which must not happen in a host whose chains
/// other tests have already compiled or are using. Runs alone, after the parallel tests: while code is written,
/// JasperFx's process-wide <see cref="DynamicCodeBuilder.WithinCodegenCommand"/> is set, and a host of another test
/// starting meanwhile came up as a bare mediator (Wolverine's MediatorOnly mode) that refuses to publish (seen in CI).
/// </remarks>
[Collection(Name)]
public sealed class GeneratedCodeTests(PlatformHost platform) : IClassFixture<PlatformHost>
{
    public const string Name = "generated-code (alone)";

    public const string RegenerateCommand = "dotnet run --project src/Host -- codegen write";

    [Fact]
    public void Checked_in_generated_code_is_current()
    {
        var checkedIn = Path.Combine(RepositoryRoot(), "src", "Host", "Internal", "Generated");
        var fresh = Path.Combine(Path.GetTempPath(), $"nanchuan-codegen-{Guid.NewGuid():N}");
        var collections = platform.Host.Services.GetServices<ICodeFileCollection>().ToArray();
        collections.ShouldNotBeEmpty();
        var originalPaths = collections.Select(c => c.Rules.GeneratedCodeOutputPath).ToArray();
        try
        {
            foreach (var collection in collections) collection.Rules.GeneratedCodeOutputPath = fresh;
            // As `codegen write` does it (JasperFx GenerateCodeCommand).
            new DynamicCodeBuilder(platform.Host.Services, collections)
            {
                ServiceVariableSource = platform.Host.Services.GetService<IServiceVariableSource>(),
            }.WriteGeneratedCode(_ => { });

            var expected = Files(fresh);
            var actual = Files(checkedIn);
            var problems = expected.Keys.Except(actual.Keys).Select(f => $"missing: {f}")
                .Concat(actual.Keys.Except(expected.Keys).Select(f => $"no longer generated: {f}"))
                .Concat(expected.Keys.Intersect(actual.Keys).Where(f => expected[f] != actual[f]).Select(f => $"stale: {f}"))
                .ToList();
            problems.ShouldBeEmpty($"src/Host/Internal/Generated is out of date. Run `{RegenerateCommand}` and commit the result.");
        }
        finally
        {
            for (var i = 0; i < collections.Length; i++) collections[i].Rules.GeneratedCodeOutputPath = originalPaths[i];
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => File.ReadAllText(f).ReplaceLineEndings("\n"));

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nanchuan.Monolith.sln"))) return dir.FullName;
        throw new InvalidOperationException("Nanchuan.Monolith.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(GeneratedCodeTests.Name, DisableParallelization = true)]
public sealed class GeneratedCodeCollection;
