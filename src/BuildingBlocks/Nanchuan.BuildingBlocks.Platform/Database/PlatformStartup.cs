using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Nanchuan.BuildingBlocks.Platform.Database;

public static class PlatformStartup
{
    /// <summary>Resolves the database before anything else starts; without PostgreSQL binaries it prints what to install and fails.</summary>
    public static bool DatabaseAvailable(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<PlatformDatabase>();
            return true;
        }
        catch (PostgresBinariesNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }
}
