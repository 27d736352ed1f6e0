using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.BuildingBlocks.Platform.Security;
using Xunit;

namespace Nanchuan.Testing;

/// <summary>
/// The real platform (the Host's Program with every module) on a database of its own. Share one per test
/// class or collection (IClassFixture / ICollectionFixture): starting it costs seconds, a test costs milliseconds.
/// </summary>
public class PlatformHost : IAsyncLifetime
{
    private IAlbaHost? _host;

    public IAlbaHost Host => _host ?? throw new InvalidOperationException("The platform host has not started.");

    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabaseServer.CreateDatabaseAsync(GetType().Name);
        _host = await StartAsync(ConnectionString, ConfigureHost);
    }

    /// <summary>
    /// Starts another platform host on an existing database — e.g. a second host after the first was
    /// stopped, to prove that data and scheduled messages survive a restart.
    /// </summary>
    public static async Task<IAlbaHost> StartAsync(string connectionString, Action<IWebHostBuilder>? configure = null, string environment = "Development") =>
        await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting($"ConnectionStrings:{PlatformDatabase.ConnectionStringName}", connectionString);
            configure?.Invoke(builder);
        });

    /// <summary>Hook for a fixture that needs extra settings (e.g. a fake clock).</summary>
    protected virtual void ConfigureHost(IWebHostBuilder builder) { }

    /// <summary>A bearer token for the actor, signed as the platform signs them.</summary>
    public string TokenFor(Actor actor) => Host.Services.GetRequiredService<TokenIssuer>().Issue(actor, TimeSpan.FromHours(1));

    public virtual async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
