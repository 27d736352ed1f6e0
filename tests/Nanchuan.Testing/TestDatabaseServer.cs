using Nanchuan.BuildingBlocks.Platform.Database;
using Npgsql;

namespace Nanchuan.Testing;

/// <summary>
/// One PostgreSQL server per test run: the server named by NANCHUAN_TEST_DB, or else a throwaway private
/// cluster in a temporary folder, started from the machine's binaries by the platform's own helper and removed
/// at the end. Every test host gets a database of its own on it, so test classes never see each other's data.
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

        var folder = Path.Combine(Path.GetTempPath(), $"nanchuan-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var cluster = await EmbeddedPostgres.StartAsync(Path.Combine(folder, "pgdata"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return new Server(cluster.ConnectionStringFor("postgres"), cluster);
    }

    private sealed record Server(string AdminConnectionString, EmbeddedPostgres? Cluster);
}
