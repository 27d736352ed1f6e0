using System.Collections.Concurrent;
using Nanchuan.BuildingBlocks.Platform.Database;
using Npgsql;

namespace Nanchuan.Testing;

/// <summary>
/// One PostgreSQL server per test run: the server named by NANCHUAN_TEST_DB, or else a throwaway private
/// cluster in a temporary folder, started from the machine's binaries by the platform's own helper and removed
/// at the end; its commits do not wait for the disk (docs/adr/0141), as nothing in it outlives the run. Every test
/// host gets a database of its own on it, so test classes never see each other's data: a copy of the process's template
/// with the schema made (<see cref="CreateMigratedDatabaseAsync"/>, docs/adr/0195), or an empty one.
/// </summary>
public static class TestDatabaseServer
{
    public const string Variable = "NANCHUAN_TEST_DB";

    private static readonly Lazy<Task<Server>> Instance = new(StartAsync);

    private static readonly Lazy<Task<string>> Template = new(async () => await TemplateDatabase.BuildAsync((await Instance.Value).AdminConnectionString));

    private static readonly ConcurrentDictionary<string, bool> MigratedCopies = new();

    /// <summary>Creates a fresh, empty database and returns its connection string: a host started on it makes the schema.</summary>
    public static Task<string> CreateDatabaseAsync(string prefix) => CreateAsync(prefix, template: null);

    /// <summary>
    /// Creates a database with the platform's whole schema and no rows — a copy of the process's template, made by its first
    /// call — and returns its connection string. <see cref="PlatformHost.StartAsync"/> starts on it without comparing the
    /// schema (`Database:ApplySchemaAtStartup=false`), as a deployment migrated by `resources setup` does (docs/adr/0195).
    /// </summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string prefix)
    {
        var copy = await CreateAsync(prefix, await Template.Value);
        MigratedCopies[copy] = true;
        return copy;
    }

    /// <summary>Whether the database is a copy of the template, whose schema is current.</summary>
    internal static bool IsMigratedCopy(string connectionString) => MigratedCopies.ContainsKey(connectionString);

    private static async Task<string> CreateAsync(string prefix, string? template)
    {
        var server = await Instance.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        var copyOf = template is null ? "" : $" template \"{template}\"";
        await using var create = new NpgsqlCommand($"create database \"{name}\"{copyOf}", connection);
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
