using Alba;
using Marten;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>More calls of the hall-service tests (JSON calls are in <see cref="LicensingApi"/>): raw responses for exports, single-column SQL and rebuilds of the report tables.</summary>
public static class HallApi
{
    public static async Task<IScenarioResult> PostRawAsync(this IAlbaHost platform, string url, object body, Actor actor) =>
        await platform.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.As(platform, actor);
            s.IgnoreStatusCode();
        });

    public static Task<IScenarioResult> GetRawAsync(this IAlbaHost platform, string url, Actor actor, int status = 200) =>
        platform.Get(actor, url, status);

    public static Actor Bank(string name) => new($"bank-{name}", $"{name} 客户经理", Roles.DepartmentHandler, name, null, Channels.Window);
}
