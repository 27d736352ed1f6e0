using Nanchuan.BuildingBlocks.Platform.Database;
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

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
