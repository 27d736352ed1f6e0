using JasperFx;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.BuildingBlocks.Platform.Projections;

namespace Nanchuan.BuildingBlocks.Platform.Database;

public static class PlatformStartup
{
    private static readonly string[] HelpWords = ["help", "?", "-h", "--help"];

    /// <summary>
    /// Runs the host or the command line asks for (JasperFx commands: `run` by default, `resources setup`, `codegen write`…).
    /// Asking for help needs neither a database nor a signing key: it neither maps the endpoints nor starts the embedded cluster.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        // The integrity commands read and seal the event store; they need the database but not the web host (ADR 0086).
        if (args is [IntegrityCommandLine.Command, .. var rest])
            return DatabaseAvailable(app) ? await IntegrityCommandLine.RunAsync(app.Services, rest, Console.Out) : 1;
        if (args is not [var command, ..] || !HelpWords.Contains(command, StringComparer.OrdinalIgnoreCase))
        {
            if (!DatabaseAvailable(app)) return 1;
            app.UseNanchuanPlatform();
        }
        if (args is [ProjectionCommandLine.Command, .. var options]
            && await ProjectionCommandLine.TryRunAsync(app.Services, options, Console.Out) is { } exit)
        {
            await app.DisposeAsync(); // stops the embedded cluster, as JasperFx's commands do when they end
            return exit;
        }
        return await app.RunJasperFxCommands(args);
    }

    /// <summary>Resolves the database before anything else starts; without PostgreSQL binaries, or outside Development without a connection string, it says what to do and fails.</summary>
    private static bool DatabaseAvailable(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<PlatformDatabase>();
            return true;
        }
        catch (Exception e) when (e is PostgresBinariesNotFoundException or DatabaseNotConfiguredException)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }
}
