namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// Files the messages the oversight queue's partitions hand over at the same moment in one transaction (ADR 0230). A message
/// that arrives while no filing runs is filed at once; the ones that arrive while a filing runs wait for it and are then filed
/// together, by one of them. Each handler returns only when its own message is committed, so a case's next message (the same
/// partition) is never filed before it. When a shared transaction fails, each of its messages is filed again in a transaction
/// of its own: a message that cannot be filed fails alone and goes to its retries and dead letters as before.
/// </summary>
public sealed class FilingDesk
{
    /// <summary>The most messages one transaction files; the partitions (ADR 0177) hand over fewer than this at a time.</summary>
    private const int MostAtOnce = 32;

    private readonly FilingTransaction transaction;
    private readonly Lock gate = new();
    private readonly List<Waiting> waiting = [];
    private bool filing;

    internal FilingDesk(FilingTransaction transaction) => this.transaction = transaction;

    internal async Task FileAsync(ContractFiling contract, CancellationToken cancellation)
    {
        var mine = new Waiting(contract);
        bool leads;
        lock (gate)
        {
            waiting.Add(mine);
            leads = !filing;
            filing = true;
        }
        var turn = leads ? Turn.Lead : await mine.Turn.Task;
        if (turn == Turn.Lead) turn = await FileWaitingAsync(mine, cancellation);
        if (turn == Turn.Alone) await transaction.FileAsync([contract], cancellation);
    }

    /// <summary>Files what is waiting (its own message among it), tells the others how it went, and hands the desk on.</summary>
    private async Task<Turn> FileWaitingAsync(Waiting mine, CancellationToken cancellation)
    {
        var together = Take(mine);
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
            foreach (var other in together.Where(w => w != mine)) other.Turn.TrySetResult(outcome);
            HandOn();
        }
        return outcome;
    }

    /// <summary>
    /// Its own message and the others waiting, in their order, one per file: two messages of one file never share a transaction
    /// (the partitions never hand over two of one case at once; a message invoked in-process may).
    /// </summary>
    private List<Waiting> Take(Waiting mine)
    {
        lock (gate)
        {
            var files = new HashSet<Guid> { mine.Contract.FileId };
            List<Waiting> taken = [mine, .. waiting.Where(w => w != mine && files.Add(w.Contract.FileId)).Take(MostAtOnce - 1)];
            waiting.RemoveAll(taken.Contains);
            return taken;
        }
    }

    /// <summary>The first message that waits files the next transaction; with none waiting, the next to arrive does.</summary>
    private void HandOn()
    {
        Waiting? next;
        lock (gate)
        {
            next = waiting.FirstOrDefault();
            filing = next is not null;
        }
        next?.Turn.TrySetResult(Turn.Lead);
    }

    private enum Turn { Filed, Alone, Lead }

    private sealed class Waiting(ContractFiling contract)
    {
        public ContractFiling Contract { get; } = contract;

        public TaskCompletionSource<Turn> Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
