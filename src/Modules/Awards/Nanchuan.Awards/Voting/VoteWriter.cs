using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Nanchuan.Awards.Voting;

/// <summary>
/// Group commit of the online vote (ADR 0051). Every vote of a year goes into one hash-chained log, so votes must be appended
/// one after another; one transaction per vote would make a burst queue on the stream's lock. Requests hand their ballot to
/// this writer and wait; it takes what has arrived (up to <see cref="BatchSize"/>), locks the year's log (exclusively, so a
/// second node's writer or the closing of the vote waits), decides every ballot in arrival order, appends the accepted votes
/// and commits once, then answers each request: a receipt, or the refusal. Nothing is answered before it is committed, and a
/// failed commit fails every request of the batch: a vote is never lost after its receipt, nor counted without one.
/// </summary>
public sealed class VoteWriter(IDocumentStore store, TimeProvider time, ILogger<VoteWriter> logger) : BackgroundService
{
    public const int BatchSize = 500;

    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(20_000) { SingleReader = true });

    internal async Task<VoteCast> CastAsync(int year, Ballot ballot, CancellationToken cancellation)
    {
        var pending = new Pending(year, ballot, new TaskCompletionSource<VoteCast>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellation);
        return await pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var batch = new List<Pending>(BatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stopping))
            {
                batch.Clear();
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var pending)) batch.Add(pending);
                foreach (var year in batch.GroupBy(p => p.Year)) await WriteAsync(year.Key, year.ToList(), stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            queue.Writer.TryComplete();
            foreach (var pending in batch) pending.Done.TrySetCanceled(stopping);
            while (queue.Reader.TryRead(out var pending)) pending.Done.TrySetCanceled(stopping);
        }
    }

    private async Task WriteAsync(int year, IReadOnlyList<Pending> batch, CancellationToken cancellation)
    {
        try
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForExclusiveWriting<VoteLog>(VoteLog.IdOf(year), cancellation);
            if (stream.Aggregate is not { Open: true } log)
            {
                var refusal = await ClosedAsync(session, year, cancellation);
                foreach (var pending in batch) pending.Done.TrySetException(refusal);
                return;
            }
            var now = time.GetUtcNow();
            var day = Beijing.DayOf(now).ToString("yyyy-MM-dd");
            var days = await session.LoadManyAsync<VoterDay>(cancellation, batch.Select(p => VoterDay.KeyOf(log.Id, p.Ballot.VoterHash, day)).Distinct().ToArray());
            var windows = await session.LoadManyAsync<SourceWindow>(cancellation, batch.Select(p => SourceWindow.KeyOf(log.Id, p.Ballot.SourceHash)).Distinct().ToArray());
            var results = VoteDecision.Decide(log, days.ToDictionary(d => d.Id), windows.ToDictionary(w => w.Id), batch.Select(p => p.Ballot).ToList(), now);
            foreach (var cast in results.Select(r => r.Cast).OfType<VoteCast>())
            {
                stream.AppendOne(cast);
                // The voter acts under the hash, never the phone number or WeChat id of the token (the platform would stamp that).
                var appended = stream.Events[^1];
                appended.SetHeader(EventHeaders.ActorId, "voter:" + cast.VoterHash);
                appended.SetHeader(EventHeaders.ActorName, "网络投票人");
                appended.SetHeader(EventHeaders.Role, Roles.Public);
                appended.SetHeader(EventHeaders.Channel, Channels.Web);
                appended.UserName = "voter:" + cast.VoterHash;
            }
            await session.SaveChangesAsync(cancellation);
            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Cast is { } cast) batch[i].Done.TrySetResult(cast);
                else batch[i].Done.TrySetException(results[i].Refusal!);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            logger.LogError(failure, "A batch of {Votes} votes of {Year} failed; none of them was recorded", batch.Count, year);
            foreach (var pending in batch) pending.Done.TrySetException(failure);
        }
    }

    /// <summary>409 naming the contest's phase (or 404 without a contest) for a vote while no vote is open.</summary>
    private static async Task<Exception> ClosedAsync(IQuerySession session, int year, CancellationToken cancellation)
    {
        var contest = await session.LoadAsync<Contest>(Contest.IdOf(year), cancellation);
        if (contest is null) return AwardsCases.ContestName.NotFound(year);
        try
        {
            contest.Require(ContestPhase.OnlineVote, "投票");
            return new InvalidStateTransitionException("网络票选已结束", "投票");
        }
        catch (InvalidStateTransitionException refused)
        {
            return refused;
        }
    }

    private sealed record Pending(int Year, Ballot Ballot, TaskCompletionSource<VoteCast> Done);
}
