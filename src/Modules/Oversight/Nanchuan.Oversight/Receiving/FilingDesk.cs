namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// Files the messages the oversight queues' partitions hand over at the same moment in one transaction (ADR 0230), up to
/// <see cref="FilingsAtOnce"/> such transactions at a time (ADR 0245). A message that arrives while fewer filings run is filed at
/// once; the ones that arrive while all of them run wait, and when one ends they are filed together, by one of them. Each handler
/// returns only when its own message is committed, so a case's next message (the same partition) is never filed before it. When a
/// shared transaction fails, each of its messages is filed again in a transaction of its own: a message that cannot be filed fails
/// alone and goes to its retries and dead letters as before.
/// </summary>
public sealed class FilingDesk
{
    /// <summary>
    /// How many filing transactions run at once on a node (ADR 0245): while one waits for PostgreSQL (its statements, its commit's
    /// WAL flush), the next is decided and sent, where one at a time left the node's filing idle for each round trip.
    /// </summary>
    internal const int FilingsAtOnce = 2;

    /// <summary>The most messages one transaction files.</summary>
    private const int MostAtOnce = 32;

    private readonly FilingTransaction transaction;
    private readonly Lock gate = new();
    private readonly List<Waiting> waiting = [];
    /// <summary>The files of the transactions running: a message of one of them waits for it (in-process callers; a partition never has two).</summary>
    private readonly HashSet<Guid> beingFiled = [];
    private int filings;

    internal FilingDesk(FilingTransaction transaction) => this.transaction = transaction;

    internal async Task FileAsync(ContractFiling contract, CancellationToken cancellation)
    {
        var mine = new Waiting(contract);
        bool leads;
        lock (gate)
        {
            waiting.Add(mine);
            leads = filings < FilingsAtOnce && !beingFiled.Contains(contract.FileId);
            if (leads)
            {
                filings++;
                Take(mine);
            }
        }
        var turn = leads ? Turn.Lead : await mine.Turn.Task;
        if (turn == Turn.Lead) turn = await FileTogetherAsync(mine, cancellation);
        if (turn == Turn.Alone) await transaction.FileAsync([contract], cancellation);
    }

    /// <summary>Files what <paramref name="leader"/> took, tells the others how it went, and hands its turn on.</summary>
    private async Task<Turn> FileTogetherAsync(Waiting leader, CancellationToken cancellation)
    {
        var together = leader.Together;
        var outcome = Turn.Filed;
        try
        {
            await transaction.FileAsync([.. together.Select(w => w.Contract)], cancellation);
        }
        catch (Exception) when (together.Count > 1)
        {
            outcome = Turn.Alone;
        }
        finally
        {
            foreach (var other in together.Where(w => w != leader)) other.Turn.TrySetResult(outcome);
            HandOn(together);
        }
        return outcome;
    }

    /// <summary>
    /// Under the gate: <paramref name="leader"/> takes itself and the others waiting, in their order, one per file and none of a file
    /// being filed: two messages of one file never share a transaction nor run in two at once (the partitions never hand over two
    /// of one case at once; a message invoked in-process may).
    /// </summary>
    private void Take(Waiting leader)
    {
        var files = new HashSet<Guid> { leader.Contract.FileId };
        var others = waiting.Where(w => w != leader && !beingFiled.Contains(w.Contract.FileId) && files.Add(w.Contract.FileId));
        leader.Together = [leader, .. others.Take(MostAtOnce - 1)];
        var taken = leader.Together.ToHashSet();
        waiting.RemoveAll(taken.Contains);
        beingFiled.UnionWith(files);
    }

    /// <summary>The first message that waits and may be filed now files the next transaction; with none, the filing's turn ends.</summary>
    private void HandOn(List<Waiting> filed)
    {
        Waiting? next;
        lock (gate)
        {
            foreach (var done in filed) beingFiled.Remove(done.Contract.FileId);
            next = waiting.Find(w => !beingFiled.Contains(w.Contract.FileId));
            if (next is null) filings--;
            else Take(next);
        }
        next?.Turn.TrySetResult(Turn.Lead);
    }

    private enum Turn { Filed, Alone, Lead }

    private sealed class Waiting(ContractFiling contract)
    {
        public ContractFiling Contract { get; } = contract;

        public TaskCompletionSource<Turn> Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>What this message files with, when it leads a transaction (itself first).</summary>
        public List<Waiting> Together { get; set; } = [];
    }
}
