using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>
/// The one PostgreSQL database of the platform: the configured `ConnectionStrings:Nanchuan`, or, when none
/// is configured, a private cluster started from the machine's binaries with its data in `.data/postgres`
/// under the host's content root (git-ignored), stopped again when the host shuts down.
/// </summary>
public sealed class PlatformDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Nanchuan";
    public const string DefaultDatabaseName = "nanchuan";

    private readonly EmbeddedPostgres? _embedded;

    private PlatformDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }

    /// <summary>True when the platform started its own cluster (nothing was configured).</summary>
    public bool IsEmbedded => _embedded is not null;

    public static PlatformDatabase Resolve(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return new PlatformDatabase(configured, null);

        var dataDirectory = Path.Combine(environment.ContentRootPath, configuration["Database:EmbeddedDataDirectory"] ?? ".data/postgres");
        logger.LogInformation("No connection string '{Name}' configured: starting the embedded PostgreSQL cluster", ConnectionStringName);
        var embedded = EmbeddedPostgres.StartAsync(dataDirectory, logger).GetAwaiter().GetResult();
        embedded.EnsureDatabaseAsync(DefaultDatabaseName).GetAwaiter().GetResult();
        return new PlatformDatabase(embedded.ConnectionStringFor(DefaultDatabaseName), embedded);
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null) await _embedded.DisposeAsync();
    }
}
