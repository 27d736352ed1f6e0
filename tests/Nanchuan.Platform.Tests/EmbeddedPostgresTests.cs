using Nanchuan.BuildingBlocks.Platform.Database;
using System.Diagnostics;
using Npgsql;

namespace Nanchuan.Platform.Tests;

/// <summary>The default database of `dotnet run`: its data survives a stop and a start of the cluster.</summary>
public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task Data_survives_a_restart_of_the_cluster()
    {
        // A plain folder (not CreateTempSubdirectory, which is private to root): the postgres OS user must reach it.
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"nanchuan-embedded-{Guid.NewGuid():N}")).FullName;
        try
        {
            var dataDirectory = Path.Combine(folder, "postgres");
            await using (var first = await EmbeddedPostgres.StartAsync(dataDirectory))
            {
                await first.EnsureDatabaseAsync("nanchuan");
                await Execute(first.ConnectionStringFor("nanchuan"), "create table kept (note text); insert into kept values ('件件有落实')");
            }

            await using var second = await EmbeddedPostgres.StartAsync(dataDirectory);
            await second.EnsureDatabaseAsync("nanchuan");
            await using var connection = new NpgsqlConnection(second.ConnectionStringFor("nanchuan"));
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("select note from kept", connection);
            (await read.ExecuteScalarAsync()).ShouldBe("件件有落实");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_lock_file_left_by_a_crash_whose_pid_now_belongs_to_another_program_does_not_stop_the_start()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"nanchuan-embedded-{Guid.NewGuid():N}")).FullName;
        // Another program now has the crashed postmaster's PID, running as the same OS user as PostgreSQL would.
        using var other = Process.Start(PostgresBinaries.MustRunAsPostgresUser()
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", "sleep", "120"])
            : new ProcessStartInfo("sleep", ["120"]))!;
        try
        {
            var dataDirectory = Path.Combine(folder, "postgres");
            int port;
            await using (var first = await EmbeddedPostgres.StartAsync(dataDirectory)) port = first.Port;
            var sleeper = Sleeper(other.Id);
            // postmaster.pid as a kill -9 leaves it: PID, data directory, start time, port, socket directory, listen address.
            await File.WriteAllLinesAsync(Path.Combine(dataDirectory, "postmaster.pid"),
                [sleeper.ToString(), dataDirectory, "1764800000", port.ToString(), "/tmp", "127.0.0.1", "  5432001         0", "ready   "]);
            if (PostgresBinaries.MustRunAsPostgresUser()) Process.Start("chown", ["postgres:postgres", Path.Combine(dataDirectory, "postmaster.pid")])!.WaitForExit();

            await using var second = await EmbeddedPostgres.StartAsync(dataDirectory);
            await second.EnsureDatabaseAsync("nanchuan");
            await Execute(second.ConnectionStringFor("nanchuan"), "select 1");
        }
        finally
        {
            other.Kill(entireProcessTree: true);
            await EmbeddedPostgres.StopAbandonedAsync(Path.Combine(folder, "postgres"));
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sleeping process: runuser may run it itself or fork it as a child.</summary>
    private static int Sleeper(int started)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (File.ReadAllText($"/proc/{started}/cmdline").StartsWith("sleep")) return started;
            var children = File.ReadAllText($"/proc/{started}/task/{started}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (children.Length > 0) return int.Parse(children[0]);
            Thread.Sleep(100);
        }
        throw new InvalidOperationException("no sleeping process");
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
