using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Console.Api;

/// <summary>
/// `GET /console/assets/{path}`: the console's static files (its CSS and script, the vendored ECharts) from the Host's
/// wwwroot/console. An endpoint rather than the static-file middleware, so it can be anonymous under the platform's
/// authenticated-by-default policy.
/// </summary>
internal static class ConsoleAssets
{
    public const string Route = "/console/assets";
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route + "/{**path}", (string path, IWebHostEnvironment environment) =>
            {
                var file = environment.WebRootFileProvider.GetFileInfo("console/" + path);
                if (!file.Exists || file.IsDirectory || path.Contains("..", StringComparison.Ordinal)) return Results.NotFound();
                if (!Types.TryGetContentType(file.Name, out var type)) type = "application/octet-stream";
                return Results.File(file.CreateReadStream(), type + (type.StartsWith("text/") || type.EndsWith("javascript") ? "; charset=utf-8" : ""),
                    lastModified: file.LastModified);
            })
            .AllowAnonymous()
            .RequireRateLimiting(PublicRateLimits.ConsolePages)
            .ExcludeFromDescription();
}
