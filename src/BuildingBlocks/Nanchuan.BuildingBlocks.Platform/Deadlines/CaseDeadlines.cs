using JasperFx.Events;
using Marten;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Deadlines;

/// <summary>The deadlines of one type of case, registered by its module as a singleton; the platform fires and recomputes them.</summary>
public interface ICaseDeadlines
{
    /// <summary>Names the case type in <see cref="DeadlineTimerFired"/> and <see cref="OversightCase.CaseType"/>, e.g. "grievance".</summary>
    string CaseType { get; }

    Task FireAsync(IDocumentSession session, DeadlineTimerFired timer, DeadlineWatch watch, OutgoingMessages outgoing, CancellationToken cancellation);

    Task RecomputeAsync(IDocumentSession session, RecomputeDeadlines command, DeadlineWatch watch, OutgoingMessages outgoing, CancellationToken cancellation);
}

/// <summary>
/// What a module writes for its deadlines: which cases have running deadlines, how its aggregate states them, and the module's
/// own events for a warning, an overdue deadline and a move. Staleness, the warning rule, recomputation and the oversight
/// events are the platform's.
/// </summary>
public abstract class CaseDeadlines<TCase> : ICaseDeadlines where TCase : class
{
    public abstract string CaseType { get; }

    /// <summary>The ids of the cases that may have a running deadline (a query of the module's read model).</summary>
    protected abstract Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation);

    /// <summary>The deadlines running on the case now.</summary>
    public abstract IEnumerable<RunningDeadline> Running(TCase state);

    /// <summary>The case as the oversight contract describes it, for this deadline.</summary>
    public abstract OversightCase Oversight(TCase state, RunningDeadline deadline);

    protected abstract object Warned(TCase state, RunningDeadline deadline, DateTimeOffset now);

    protected abstract object Overdue(TCase state, RunningDeadline deadline, DateTimeOffset now);

    /// <summary>The module's event for a deadline moved to <paramref name="dueAt"/> because of <paramref name="reason"/>.</summary>
    protected abstract object Recomputed(TCase state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now);

    /// <summary>Messages the module publishes besides the oversight events when it records one of its deadline events (e.g. its own overdue message).</summary>
    protected virtual IEnumerable<object> AlsoPublish(TCase state, object recorded) => [];

    /// <summary>Loads a case for a write, null when there is none; a module overrides it to read the rows its inline projections update in the same round trip.</summary>
    protected virtual Task<IEventStream<TCase>?> LoadIfAnyAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadIfAnyAsync<TCase>(session, id, cancellation);

    /// <summary>A step started the case's deadlines (the state after it): each is watched by the platform.</summary>
    public void Watch(DeadlineWatch watch, OutgoingMessages outgoing, TCase state)
    {
        foreach (var deadline in Running(state)) watch.Set(outgoing, Oversight(state, deadline), deadline);
    }

    /// <summary>
    /// A step opened the case and started its deadlines (the state after it): <paramref name="opened"/> carries them to oversight and each
    /// is watched by the platform (ADR 0204, 0249); a case that starts none opens alone.
    /// </summary>
    public void Open(DeadlineWatch watch, OutgoingMessages outgoing, CaseOpened opened, TCase state) =>
        watch.Open(outgoing, opened, [.. Running(state).Select(deadline => (Oversight(state, deadline), deadline))]);

    /// <summary>
    /// A step done at <paramref name="at"/> stopped the deadline <paramref name="name"/> running on <paramref name="before"/> (the state before
    /// the step): <see cref="DeadlineMet"/> is published, on time or late. Nothing when no such deadline was running.
    /// </summary>
    public void Met(DeadlineWatch watch, OutgoingMessages outgoing, TCase before, string name, DateTimeOffset at)
    {
        if (Find(before, name) is { } deadline) watch.Met(outgoing, Oversight(before, deadline), deadline, at);
    }

    public RunningDeadline? Find(TCase state, string name) => Running(state).FirstOrDefault(d => d.Name == name);

    public async Task FireAsync(IDocumentSession session, DeadlineTimerFired timer, DeadlineWatch watch, OutgoingMessages outgoing, CancellationToken cancellation)
    {
        var stream = await LoadIfAnyAsync(session, timer.CaseId, cancellation);
        if (stream?.Aggregate is not { } state) return;
        var running = Find(state, timer.Deadline);
        var at = watch.Now;
        if (!DeadlineRules.Fires(running, timer.Alarm, timer.DueAt, at)) return;

        var @case = Oversight(state, running!);
        object recorded;
        if (timer.Alarm == DeadlineAlarm.Warning)
        {
            recorded = Warned(state, running!, at);
            outgoing.Add(new DeadlineWarned(@case, running!.Name, running.DueAt, at));
        }
        else
        {
            recorded = Overdue(state, running!, at);
            outgoing.Add(new DeadlineOverdue(@case, running!.Name, running.DueAt, at));
        }
        stream.AppendOne(recorded);
        outgoing.AddRange(AlsoPublish(state, recorded));
    }

    public async Task RecomputeAsync(IDocumentSession session, RecomputeDeadlines command, DeadlineWatch watch, OutgoingMessages outgoing, CancellationToken cancellation)
    {
        foreach (var id in await OpenCasesAsync(session, cancellation))
        {
            var stream = await LoadIfAnyAsync(session, id, cancellation);
            if (stream?.Aggregate is not { } state) continue;
            foreach (var deadline in Running(state).Where(d => DeadlineRules.Spans(watch.Calendar, d, command.ChangedDays)).ToList())
            {
                var moved = deadline with { DueAt = DeadlineRules.DueAt(watch.Calendar, deadline), Warned = false, Overdue = false };
                if (moved.DueAt == deadline.DueAt) continue;
                var recorded = Recomputed(state, deadline, moved.DueAt, watch.WarningAt(moved), command.Reason, watch.Now);
                stream.AppendOne(recorded);
                watch.Moved(outgoing, Oversight(state, deadline), moved, deadline.DueAt, command.Reason);
                outgoing.AddRange(AlsoPublish(state, recorded));
            }
        }
    }
}
