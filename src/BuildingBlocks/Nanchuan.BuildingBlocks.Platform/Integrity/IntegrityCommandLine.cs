using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// `dotnet run -- integrity verify [streamId]`, `integrity digest` (records the day's digest when not yet recorded, and
/// prints it) and `integrity seal` (seals history older than the chain, once, after the upgrade that installs it; ADR 0086).
/// Exit code 0 when intact, 2 when verification finds a broken link or unsealed history, 1 for a usage error.
/// </summary>
public static class IntegrityCommandLine
{
    public const string Command = "integrity";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var chain = services.GetRequiredService<EventChain>();
        switch (args)
        {
            case ["verify"]:
                return Print(await chain.VerifyStoreAsync(CancellationToken.None), output);
            case ["verify", var id] when Guid.TryParse(id, out var streamId):
                var report = await chain.VerifyStreamAsync(streamId, CancellationToken.None);
                if (report is not null) return Print(report, output);
                output.WriteLine($"没有编号为 {streamId} 的事件流 / no stream with id {streamId}.");
                return 1;
            case ["digest"]:
                var operator_ = new Actor("command-line", $"命令行 {Environment.UserName}", Roles.Admin, null, null, Channels.System);
                var (record, isNew) = await services.GetRequiredService<DigestRecorder>().RecordTodayAsync(operator_, CancellationToken.None);
                output.WriteLine($"{record.Id}  {record.Digest}  up to sequence {record.UpToSequence}, {record.Streams} streams, {record.Events} events" +
                                 (isNew ? "  (recorded now)" : $"  (recorded {record.RecordedAt:u} by {record.RecordedBy})"));
                var check = await chain.DigestAsync(record.UpToSequence, CancellationToken.None);
                output.WriteLine(check.Digest == record.Digest ? "recomputed: matches" : $"recomputed: {check.Digest} — DIFFERS");
                return check.Digest == record.Digest ? 0 : 2;
            case ["seal"]:
                var (streams, events) = await chain.SealHistoryAsync(CancellationToken.None);
                output.WriteLine($"sealed {events} events in {streams} streams that held only history older than the chain");
                return 0;
            default:
                output.WriteLine("usage: integrity verify [streamId] | integrity digest | integrity seal");
                return 1;
        }
    }

    private static int Print(ChainReport report, TextWriter output)
    {
        output.WriteLine($"{report.Status}: {report.Streams} streams, {report.Events} events, {report.UnsealedEvents} unsealed events in {report.UnsealedStreams} streams, {report.BrokenStreams} broken streams");
        if (report.FirstBroken is { } link)
            output.WriteLine($"first broken link: stream {link.StreamId} version {link.Version} sequence {link.Sequence?.ToString() ?? "-"}: {link.Problem}; expected {link.Expected}, found {link.Found}");
        return report.Status == ChainReport.Intact ? 0 : 2;
    }
}
