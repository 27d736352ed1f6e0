using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own server binaries (no Docker, no download):
/// the default database of `dotnet run --project src/Host` and the throwaway server of the test suite.
/// See docs/adr/0004-embedded-postgres.md.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly ILogger? _logger;
    private bool _stopped;

    private EmbeddedPostgres(string binDirectory, string dataDirectory, int port, ILogger? logger)
    {
        _binDirectory = binDirectory;
        DataDirectory = dataDirectory;
        Port = port;
        _logger = logger;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    /// <summary>Connection string to the given database of this cluster (trust authentication on 127.0.0.1 only).</summary>
    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    /// <summary>Starts (initialising on first use) the cluster kept in <paramref name="dataDirectory"/>; reuses it if it is already running.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, ILogger? logger = null, CancellationToken cancellation = default)
    {
        var bin = PostgresBinaries.Locate();
        dataDirectory = Path.GetFullPath(dataDirectory);
        var runAsPostgres = PostgresBinaries.MustRunAsPostgresUser();

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            Directory.CreateDirectory(dataDirectory);
            if (runAsPostgres) await RunAsync("chown", ["-R", "postgres:postgres", dataDirectory], false, cancellation);
            logger?.LogInformation("Initialising a private PostgreSQL cluster in {DataDirectory}", dataDirectory);
            await RunAsync(Path.Combine(bin, "initdb"),
                ["-D", dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], runAsPostgres, cancellation);
        }

        if (await RunningClusterAsync(bin, dataDirectory, logger, cancellation) is { } running)
        {
            logger?.LogInformation("Reusing the private PostgreSQL cluster already running on port {Port}", running.Port);
            return running;
        }

        var port = FreePort();
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200 -c fsync=on";
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60", "-o", options, "start"],
            runAsPostgres, cancellation);
        logger?.LogInformation("Started a private PostgreSQL cluster on 127.0.0.1:{Port} with data in {DataDirectory}", port, dataDirectory);
        return new EmbeddedPostgres(bin, dataDirectory, port, logger);
    }

    /// <summary>Creates the database if it does not exist yet.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellation = default)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync(cancellation);
        await using var exists = new Npgsql.NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellation) is not null) return;
        await using var create = new Npgsql.NpgsqlCommand($"create database \"{database.Replace("\"", "")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellation);
    }

    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"],
            PostgresBinaries.MustRunAsPostgresUser(), CancellationToken.None);
        _logger?.LogInformation("Stopped the private PostgreSQL cluster in {DataDirectory}", DataDirectory);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Stops a cluster left running by a process that died (e.g. an aborted test run); no-op when it is not running.</summary>
    public static async Task StopAbandonedAsync(string dataDirectory) =>
        await ExecuteAsync(Path.Combine(PostgresBinaries.Locate(), "pg_ctl"), ["-D", dataDirectory, "-m", "immediate", "-w", "stop"],
            PostgresBinaries.MustRunAsPostgresUser(), CancellationToken.None);

    /// <summary>
    /// The cluster a previous host left running on this data directory, if it answers. A lock file of a process that is not
    /// our postmaster (a reused PID, a zombie) is stale: it is removed so the cluster can start. Our postmaster that does not
    /// answer (starting or shutting down) is given 30 s, then the start fails saying what to do.
    /// </summary>
    private static async Task<EmbeddedPostgres?> RunningClusterAsync(string bin, string dataDirectory, ILogger? logger, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (PostmasterLock.Read(dataDirectory) is { } held)
        {
            var candidate = new EmbeddedPostgres(bin, dataDirectory, held.Port, logger);
            if (await candidate.ServesAsync(cancellation)) return candidate;
            if (!held.IsLivePostmasterOf(dataDirectory))
            {
                logger?.LogWarning("Removing the stale {File}: PID {Pid} is not a PostgreSQL server on this data directory", held.File, held.Pid);
                File.Delete(held.File);
                return null;
            }
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException(
                    $"PostgreSQL (PID {held.Pid}) holds {dataDirectory} but does not answer on port {held.Port}. Stop it " +
                    $"(`runuser -u postgres -- {Path.Combine(bin, "pg_ctl")} -D {dataDirectory} -m fast stop`, or `kill {held.Pid}`) and start the host again.");
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation); // a postmaster starting up or shutting down
        }
        return null;
    }

    /// <summary>Whether a server answers on <see cref="Port"/> and serves this data directory (not another cluster on a reused port).</summary>
    private async Task<bool> ServesAsync(CancellationToken cancellation)
    {
        try
        {
            var probe = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Timeout = 3, Pooling = false };
            await using var connection = new Npgsql.NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(cancellation);
            await using var query = new Npgsql.NpgsqlCommand("show data_directory", connection);
            return Path.TrimEndingDirectorySeparator((string)(await query.ExecuteScalarAsync(cancellation))!) == Path.TrimEndingDirectorySeparator(DataDirectory);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] arguments, bool asPostgres, CancellationToken cancellation)
    {
        var (exitCode, output) = await ExecuteAsync(file, arguments, asPostgres, cancellation);
        if (exitCode != 0)
            throw new InvalidOperationException($"'{Path.GetFileName(file)} {string.Join(' ', arguments)}' failed with exit code {exitCode}:\n{output}" +
                (asPostgres ? "\nPostgreSQL runs as the 'postgres' OS user here: every parent folder of the data directory must be searchable by it (chmod o+x)." : ""));
    }

    private static async Task<(int ExitCode, string Output)> ExecuteAsync(string file, string[] arguments, bool asPostgres, CancellationToken cancellation)
    {
        // initdb and postgres refuse to run as root: run them as the postgres OS user.
        var start = asPostgres
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. arguments])
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        return (process.ExitCode, await stdout + await stderr);
    }
}
