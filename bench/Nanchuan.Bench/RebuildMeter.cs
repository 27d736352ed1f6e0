using System.Diagnostics;
using Npgsql;

namespace Nanchuan.Bench;

/// <summary>
/// Times a rebuild and counts what load on the machine does not distort: this process's CPU time, PostgreSQL's (every backend:
/// the postmaster's reaped children plus those alive, read from /proc, so a server given with --database on another machine
/// reports none), the commands Npgsql sent to the database (round trips), and the rows of the event table PostgreSQL read
/// (its statistics: tuples read by sequential scans and fetched through indexes).
/// </summary>
public sealed class RebuildMeter : IDisposable
{
    /// <summary>
    /// A backend reports its table statistics once idle; within 10 s when it reported less than a second before (PostgreSQL 15:
    /// PGSTAT_IDLE_INTERVAL, seen as one rebuild's rows counted in the next one): the rebuild's connections are
    /// back in the pool when it ends, so the statistics are read after this.
    /// </summary>
    private static readonly TimeSpan StatisticsFlush = TimeSpan.FromSeconds(11);

    private readonly string _connectionString;
    private readonly TimeSpan _statisticsWait;
    private readonly int? _postmaster;

    private readonly ActivityListener _listener;
    private long _commands;

    private RebuildMeter(string connectionString, TimeSpan statisticsWait, int? postmaster)
    {
        _connectionString = connectionString;
        _statisticsWait = statisticsWait;
        _postmaster = postmaster;
        // Npgsql traces every command it sends (a batch is one) as an activity of its source: counted, in this process only.
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            ActivityStarted = _ => Interlocked.Increment(ref _commands),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>
    /// Starts counting on the database of <paramref name="connectionString"/>. Without <paramref name="countEventRows"/> (the
    /// smoke run, whose figures are not measurements) it does not wait for the statistics, and its event rows are not to be read.
    /// </summary>
    public static async Task<RebuildMeter> StartAsync(string connectionString, bool countEventRows, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync(cancellation))!;
        return new RebuildMeter(connectionString, countEventRows ? StatisticsFlush : TimeSpan.Zero, Stat(backend) is { } stat ? stat.Parent : null);
    }

    public async Task<(double Seconds, RebuildCost Cost)> MeasureAsync(Func<Task> rebuild)
    {
        await Task.Delay(_statisticsWait);
        var eventRows = await EventRowsReadAsync();
        var commands = Interlocked.Read(ref _commands);
        var database = DatabaseCpu();
        var app = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await rebuild();
        var seconds = clock.Elapsed.TotalSeconds;
        var appCpu = (Process.GetCurrentProcess().TotalProcessorTime - app).TotalSeconds;
        var databaseCpu = DatabaseCpu() - database;
        var sent = Interlocked.Read(ref _commands) - commands;
        await Task.Delay(_statisticsWait);
        return (seconds, new RebuildCost(appCpu, databaseCpu, sent, await EventRowsReadAsync() - eventRows));
    }

    /// <summary>Rows of the event table read so far: by sequential scans, and fetched from it through its indexes.</summary>
    private async Task<long> EventRowsReadAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) from pg_stat_user_tables where schemaname = 'events' and relname = 'mt_events'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>CPU seconds of the postmaster, its reaped children and its living ones; null when /proc does not show them.</summary>
    private double? DatabaseCpu()
    {
        if (_postmaster is not { } postmaster || Stat(postmaster) is not { } own) return null;
        var ticks = own.Ticks + own.ChildTicks;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(folder), out var pid) && Stat(pid) is { } child && child.Parent == postmaster)
                ticks += child.Ticks;
        return ticks / 100.0;
    }

    private sealed record ProcStat(int Parent, long Ticks, long ChildTicks);

    /// <summary>Fields of /proc/[pid]/stat after the command's closing parenthesis: ppid is the 2nd, utime/stime the 12th/13th, cutime/cstime the 14th/15th.</summary>
    private static ProcStat? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return new ProcStat(int.Parse(fields[1]), long.Parse(fields[11]) + long.Parse(fields[12]), long.Parse(fields[13]) + long.Parse(fields[14]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
