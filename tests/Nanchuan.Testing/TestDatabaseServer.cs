using Nanchuan.BuildingBlocks.Platform.Database;
using Npgsql;

namespace Nanchuan.Testing;

/// <summary>
/// One PostgreSQL server per test run: the server named by NANCHUAN_TEST_DB, or else a throwaway private
/// cluster in a temporary folder, started from the machine's binaries by the platform's own helper and removed
/// at the end; its commits do not wait for the disk (docs/adr/0141), as nothing in it outlives the run. Every test
/// host gets a database of its own on it, so test classes never see each other's data.
/// </summary>
public static class TestDatabaseServer
{
    public const string Variable = "NANCHUAN_TEST_DB";

    private static readonly Lazy<Task<Server>> Instance = new(StartAsync);

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var server = await Instance.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<Server> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured) return new Server(configured, null);

        await RemoveLeftoversAsync();
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var cluster = await EmbeddedPostgres.StartAsync(Path.Combine(folder, "pgdata"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        await CommitWithoutWaitingForDiskAsync(cluster.ConnectionStringFor("postgres"));
        return new Server(cluster.ConnectionStringFor("postgres"), cluster);
    }

    /// <summary>
    /// A commit returns before its WAL reaches the disk (docs/adr/0141): only a crash could lose the last commits, of a
    /// cluster thrown away at the end of the run. Visibility, locks and concurrency checks are unchanged.
    /// </summary>
    private static async Task CommitWithoutWaitingForDiskAsync(string adminConnectionString)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        // Taken by every session opened after this one, on every database of the cluster.
        await using var setting = new NpgsqlCommand("alter role current_user set synchronous_commit = off", connection);
        await setting.ExecuteNonQueryAsync();
    }

    private const string FolderPrefix = "nanchuan-tests-";

    /// <summary>Clusters of earlier runs whose test process died without cleaning up: stop them and free the disk.</summary>
    private static async Task RemoveLeftoversAsync()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var pidText = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(pidText, out var pid) || ProcessIsAlive(pid)) continue;
            var dataDirectory = Path.Combine(folder, "pgdata");
            if (ClusterIsRunning(dataDirectory)) await EmbeddedPostgres.StopAbandonedAsync(dataDirectory);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>True only when the pid in postmaster.pid is a live postgres serving this very folder (a pid may have been reused).</summary>
    private static bool ClusterIsRunning(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)) return false;
        var commandLine = $"/proc/{pid}/cmdline";
        return File.Exists(commandLine) && File.ReadAllText(commandLine).Contains(dataDirectory, StringComparison.Ordinal);
    }

    private static bool ProcessIsAlive(int pid)
    {
        try { return !System.Diagnostics.Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }

    private sealed record Server(string AdminConnectionString, EmbeddedPostgres? Cluster);
}
