using System.Diagnostics;
using Alba;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Redocly CLI (pinned in tests/openapi-lint, installed by this project's build) lints the live document with its
/// recommended rules, and with every example checked against its schema: an error or a wrong example fails (ADR 0058).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiLintTests(PlatformHost platform)
{
    [Fact]
    public async Task The_document_passes_the_recommended_rules_and_every_example_fits_its_schema()
    {
        var lint = LintFolder();
        var document = Path.Combine(Path.GetTempPath(), $"nanchuan-openapi-{Guid.NewGuid():N}.json");
        var result = await platform.Host.Scenario(s => s.Get.Url(SwaggerSetup.DocumentRoute));
        await File.WriteAllTextAsync(document, await result.ReadAsTextAsync());
        try
        {
            var (exitCode, output) = await Run(Path.Combine(lint, "node_modules", ".bin", "redocly"), lint,
                "lint", document, "--config", Path.Combine(lint, "redocly.yaml"), "--format", "stylish");
            output.ShouldNotContain(" error ", customMessage: output);
            exitCode.ShouldBe(0, output);
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static string LintFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "openapi-lint");
            if (File.Exists(Path.Combine(candidate, "redocly.yaml"))) return candidate;
        }
        throw new InvalidOperationException("tests/openapi-lint not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output)> Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
