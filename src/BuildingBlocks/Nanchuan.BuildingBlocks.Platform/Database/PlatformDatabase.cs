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

    /// <summary>True when a connection string is configured; otherwise the platform starts its embedded cluster.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    public static PlatformDatabase Resolve(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        if (IsConfigured(configuration)) return new PlatformDatabase(configuration.GetConnectionString(ConnectionStringName)!, null);
        // A production host on a throwaway local cluster would look healthy while keeping the district's data nowhere safe.
        if (!environment.IsDevelopment()) throw new DatabaseNotConfiguredException(environment.EnvironmentName);

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

/// <summary>Outside Development the platform never starts its embedded cluster: the operator must name the database.</summary>
public sealed class DatabaseNotConfiguredException(string environment) : Exception(
    $"No connection string 'ConnectionStrings:{PlatformDatabase.ConnectionStringName}' is configured and the environment is {environment}. " +
    "Outside Development the platform does not start its embedded PostgreSQL: set ConnectionStrings__Nanchuan to the district's database " +
    "(and run `resources setup` against it before the first start; README, Deploying).");
