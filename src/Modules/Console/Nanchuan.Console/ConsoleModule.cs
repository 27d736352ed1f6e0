using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.Requests;
using Nanchuan.Console.Api;
using Nanchuan.Console.Live;
using Nanchuan.Console.Session;

namespace Nanchuan.Console;

/// <summary>
/// The supervision console (督查工作台): Razor Pages under <c>/console</c>, in Chinese, one worklist per role, the case page with
/// time travel, the enterprise thread, charts and live updates (issue 20; ADR 0082-0085). It has no data of its own: every page
/// is built from the platform's REST API called with the signed-in user's token, so it shows exactly what the API lets that
/// role see.
/// </summary>
public sealed class ConsoleModule : INanchuanModule
{
    public const string ModuleName = "Console";

    public string Name => ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // Pages only, no controllers: without MVC's controller provider, a start no longer scans every type of the
        // application's assemblies for controllers (ADR 0173).
        services.AddRazorPages(options => options.Conventions.ConfigureFilter(new ConsoleSessionFilter()))
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Remove(parts.FeatureProviders.OfType<ControllerFeatureProvider>().Single()));
        // MVC, added for the pages, brings JSON options of its own, which clients of the host (Alba in the tests) prefer to the
        // minimal API's: they must be the platform's (camelCase, enums as camelCase strings), or every request body changes.
        services.AddOptions<Microsoft.AspNetCore.Mvc.JsonOptions>()
            .Configure<RequestBodyTypes>((options, bodies) => RequestJson.Configure(options.JsonSerializerOptions, bodies));
        var authentication = services.AddAuthentication().AddCookie(ConsoleSession.Scheme, options =>
        {
            options.Cookie.Name = "nanchuan-console";
            options.Cookie.Path = ConsoleSession.Root;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.LoginPath = ConsoleSession.SignInPath;
            // The cookie carries an API token that expires in real time; a test clock must not keep it alive.
            options.TimeProvider = TimeProvider.System;
        });
        if (OidcSignIn.IsConfigured(configuration)) OidcSignIn.Add(authentication, configuration);
        services.AddScoped<ConsoleSession>();
        services.AddHttpClient(ConsoleApi.ClientName);
        services.AddScoped<ConsoleApi>();
        services.AddSingleton<LiveUpdates>();
        services.AddHostedService<LiveUpdatesRelay>();
        services.ConfigureMarten((provider, options) => options.Listeners.Add(provider.GetRequiredService<LiveUpdates>()));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Pages check the console's own cookie (ConsoleSessionFilter) and redirect to sign-in; the platform's fallback policy
        // would answer a bare 401 instead.
        endpoints.MapRazorPages().AllowAnonymous().RequireRateLimiting(PublicRateLimits.ConsolePages);
        ConsoleAssets.Map(endpoints);
        LiveEndpoint.Map(endpoints);
    }
}
