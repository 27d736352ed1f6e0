using Alba;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.BuildingBlocks.Platform.Messaging;
using Nanchuan.BuildingBlocks.Platform.Security;
using Wolverine;
using Wolverine.Runtime;
using Xunit;

namespace Nanchuan.Testing;

/// <summary>
/// The real platform (the Host's Program with every module) on a database of its own. Share one per test
/// class or collection (IClassFixture / ICollectionFixture): starting it costs seconds, a test costs milliseconds.
/// The fixture is itself the <see cref="IAlbaHost"/>, so scenario builders written as <c>IAlbaHost</c> extensions
/// (and Wolverine's tracking) apply to it directly.
/// </summary>
public class PlatformHost : IAsyncLifetime, IAlbaHost
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
            // The generated endpoint and handler code (TypeLoadMode.Dynamic, docs/adr/0005) runs on the Host's compiled copy of
            // src/Host/Internal/Generated where that is the same source; Roslyn compiles the rest once per process (ADRs 0140, 0164).
            builder.ConfigureTestServices(services => services.AddSingleton<IAssemblyGenerator, CheckedInGeneratedCode>());
            configure?.Invoke(builder);
        });

    /// <summary>
    /// A host restarted on a database where messages were scheduled before. Its first poll for due scheduled messages
    /// waits a second, so a test's wait (<see cref="MessageTracking.WaitForExecutionAsync{T}"/>) has begun before one runs.
    /// </summary>
    public static Task<IAlbaHost> RestartAsync(string connectionString, Action<IWebHostBuilder>? configure = null) =>
        StartAsync(connectionString, builder =>
        {
            configure?.Invoke(builder);
            builder.ConfigureTestServices(services => services.ConfigureWolverine(options =>
                options.Durability.ScheduledJobFirstExecution = TimeSpan.FromSeconds(1)));
        });

    /// <summary>Hook for a fixture that needs extra settings (e.g. a fake clock).</summary>
    protected virtual void ConfigureHost(IWebHostBuilder builder) { }

    /// <summary>A bearer token for the actor, signed as the platform signs them.</summary>
    public string TokenFor(Actor actor) => Host.TokenFor(actor);

    /// <summary>
    /// Stops the host, and fails the suite when a message ended in the dead-letter queue: an accepted command whose
    /// follow-up died there was lost to its user, whichever test caused it.
    /// </summary>
    public virtual async Task DisposeAsync()
    {
        if (_host is null) return;
        var deadLetters = await DeadLetterQueue.AllAsync(_host.Services.GetRequiredService<IWolverineRuntime>(), CancellationToken.None);
        await _host.DisposeAsync();
        if (deadLetters.Count > 0)
            throw new InvalidOperationException($"{GetType().Name}: {deadLetters.Count} message(s) in the dead-letter queue: "
                + string.Join("; ", deadLetters.Select(l => $"{l.MessageType} — {l.ExceptionType}: {l.ExceptionMessage}")));
    }

    public IServiceProvider Services => Host.Services;
    public TestServer Server => Host.Server;
    public Task<IScenarioResult> Scenario(Action<Scenario> configure) => Host.Scenario(configure);
    Task<SseStreamResult> IAlbaHost.StreamServerSentEvents(Action<Scenario> configure, CancellationToken cancellation) =>
        Host.StreamServerSentEvents(configure, cancellation);
    IAlbaHost IAlbaHost.BeforeEach(Action<HttpContext> beforeEach) => Host.BeforeEach(beforeEach);
    IAlbaHost IAlbaHost.AfterEach(Action<HttpContext?> afterEach) => Host.AfterEach(afterEach);
    IAlbaHost IAlbaHost.BeforeEachAsync(Func<Scenario, Task> beforeEach) => Host.BeforeEachAsync(beforeEach);
    IAlbaHost IAlbaHost.AfterEachAsync(Func<HttpContext?, Task> afterEach) => Host.AfterEachAsync(afterEach);
    Task IHost.StartAsync(CancellationToken cancellationToken) => Host.StartAsync(cancellationToken);
    Task IHost.StopAsync(CancellationToken cancellationToken) => Host.StopAsync(cancellationToken);
    void IDisposable.Dispose() => Host.Dispose();
    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
