using System.Diagnostics;
using Nanchuan.BuildingBlocks.Platform.Database;
using Npgsql;

namespace Nanchuan.Platform.Tests.Backup;

/// <summary>The machine's pg_dump and pg_restore, run exactly as docs/operations/backup.md tells an operator to.</summary>
internal static class PostgresDump
{
    /// <summary>`pg_dump --format=custom` of the whole database (every module's schema, the event store, Wolverine's tables).</summary>
    public static Task DumpAsync(string connectionString, string file) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--file", file]);

    /// <summary>`pg_restore` into an empty database, all or nothing.</summary>
    public static Task RestoreAsync(string file, string connectionString) =>
        RunAsync("pg_restore", connectionString, ["--exit-on-error", "--single-transaction", "--no-owner", file]);

    private static async Task RunAsync(string tool, string connectionString, string[] arguments)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(PostgresBinaries.Locate(), tool), ["--dbname", target.Database!, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The libpq variables keep the password off the command line.
        start.Environment["PGHOST"] = target.Host;
        start.Environment["PGPORT"] = target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = target.Username;
        if (target.Password is { Length: > 0 } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}:\n{await output}{await errors}");
    }
}
