using System.Reflection;
using System.Runtime.Loader;
using Alba;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.Testing;
using NJsonSchema;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// What a REST client builds from /swagger/v1/swagger.json works: NSwag generates a C# client from the live document,
/// Roslyn compiles it with GeneratedClient/GrievancesLoop.cs.txt, and that code runs one whole Grievances loop against the
/// platform. A document that lies about a shape the loop sends or reads fails to compile or fails the call (ADR 0058).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GeneratedClientTests(PlatformHost platform)
{
    [Fact]
    public async Task A_client_generated_from_the_document_runs_a_whole_grievances_loop()
    {
        var result = await platform.Host.Scenario(s => s.Get.Url(SwaggerSetup.DocumentRoute));
        var client = Generate(await OpenApiDocument.FromJsonAsync(await result.ReadAsTextAsync()));

        var loop = Compile(client, LoopSource()).GetType("Nanchuan.GeneratedClient.GrievancesLoop")!
            .GetMethod("RunAsync")!;
        var label = await (Task<string>)loop.Invoke(null, [new Func<HttpClient>(() => platform.Server.CreateClient())])!;

        label.ShouldBe("已销号");
    }

    private static string Generate(OpenApiDocument document) =>
        new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
        {
            ClassName = "PlatformClient",
            UseBaseUrl = false,
            GenerateClientInterfaces = false,
            GenerateOptionalParameters = true,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            CSharpGeneratorSettings = { Namespace = "Nanchuan.GeneratedClient", TypeNameGenerator = new FullNameTypeNames() },
        }).GenerateFile();

    private static Assembly Compile(params string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Nanchuan.GeneratedClient",
            sources.Select(source => CSharpSyntaxTree.ParseText(source)), references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        image.Position = 0;
        return new AssemblyLoadContext("generated-client", isCollectible: true).LoadFromStream(image);
    }

    private static string LoopSource() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GeneratedClient", "GrievancesLoop.cs.txt"));

    /// <summary>Schema names are full type names (Grievances.Intake.ReceiveRequest): dots dropped, they stay unique.</summary>
    private sealed class FullNameTypeNames : DefaultTypeNameGenerator
    {
        protected override string Generate(JsonSchema schema, string? typeNameHint) =>
            base.Generate(schema, typeNameHint?.Replace(".", ""));
    }
}
