using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Nanchuan.BuildingBlocks.Platform.Database;

public static class PlatformStartup
{
    /// <summary>Resolves the database before anything else starts; without PostgreSQL binaries, or outside Development without a connection string, it says what to do and fails.</summary>
    public static bool DatabaseAvailable(WebApplication app)
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
