namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>Finds the machine's PostgreSQL server binaries (initdb, pg_ctl).</summary>
public static class PostgresBinaries
{
    /// <summary>Environment variable that points at a folder holding initdb and pg_ctl.</summary>
    public const string BinDirectoryVariable = "NANCHUAN_PG_BIN";

    public const string InstallHint =
        "No PostgreSQL server binaries (initdb, pg_ctl) were found. Looked in $NANCHUAN_PG_BIN, /usr/lib/postgresql/<version>/bin and PATH.\n" +
        "Install them, for example on Debian/Ubuntu: `sudo apt-get install -y postgresql` (any version 13 or newer), " +
        "or set NANCHUAN_PG_BIN to the folder that holds initdb and pg_ctl, " +
        "or point the platform at an existing server with the connection string ConnectionStrings__Nanchuan.";

    public static string Locate() => TryLocate(DefaultCandidates()) ?? throw new PostgresBinariesNotFoundException(InstallHint);

    /// <summary>The first folder holding both initdb and pg_ctl, or null.</summary>
    public static string? TryLocate(IEnumerable<string> candidates) =>
        candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));

    /// <summary>$NANCHUAN_PG_BIN, then Debian's /usr/lib/postgresql/&lt;highest version&gt;/bin, then PATH.</summary>
    public static IReadOnlyList<string> DefaultCandidates()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(BinDirectoryVariable) is { Length: > 0 } configured) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates;
    }

    /// <summary>PostgreSQL refuses to run as root, so under root the cluster is run as the `postgres` OS user.</summary>
    public static bool MustRunAsPostgresUser() => Environment.UserName == "root";
}

public sealed class PostgresBinariesNotFoundException(string message) : Exception(message);
