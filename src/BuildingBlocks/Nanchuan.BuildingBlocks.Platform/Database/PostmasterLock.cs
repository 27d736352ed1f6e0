namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>
/// The cluster's <c>postmaster.pid</c> (line 1 the PID, line 4 the port). `pg_ctl status` only asks whether that PID is
/// alive, so after a crash a reused PID (another program) or a postmaster not yet reaped looked like a running cluster
/// and the host tried to reuse it (issue 22). Here a lock counts only when its PID is a live postgres on this data directory.
/// </summary>
internal sealed record PostmasterLock(string File, int Pid, int Port)
{
    public static PostmasterLock? Read(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        if (!System.IO.File.Exists(file)) return null;
        var lines = System.IO.File.ReadAllLines(file);
        return lines.Length > 3 && int.TryParse(lines[0], out var pid) && int.TryParse(lines[3], out var port) ? new PostmasterLock(file, pid, port) : null;
    }

    /// <summary>
    /// Whether the PID is a live (not zombie) postgres process started on <paramref name="dataDirectory"/>, read from /proc.
    /// Where /proc is missing (not Linux) it trusts the lock, as pg_ctl does.
    /// </summary>
    public bool IsLivePostmasterOf(string dataDirectory)
    {
        var process = $"/proc/{Pid}";
        if (!Directory.Exists("/proc/self")) return true;
        if (!Directory.Exists(process)) return false;
        try
        {
            var stat = System.IO.File.ReadAllText(Path.Combine(process, "stat"));
            if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z')) return false;
            var arguments = System.IO.File.ReadAllText(Path.Combine(process, "cmdline")).Split('\0');
            return arguments.Length > 0 && Path.GetFileName(arguments[0]) == "postgres"
                && arguments.Any(a => Path.TrimEndingDirectorySeparator(a) == Path.TrimEndingDirectorySeparator(dataDirectory));
        }
        catch (IOException)
        {
            return false; // the process ended while being read
        }
    }
}
