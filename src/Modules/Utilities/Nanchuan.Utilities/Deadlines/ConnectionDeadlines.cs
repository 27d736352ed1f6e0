using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Utilities.Contracts;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using Wolverine;

namespace Nanchuan.Utilities.Deadlines;

/// <summary>
/// The deadlines of a connection type on the platform's deadline capability: which connections still run a step's limit, and
/// the connection type's own deadline events. A missed deadline is no longer running: it waits for supervision (督办).
/// </summary>
public abstract class ConnectionDeadlines<T> : CaseDeadlines<T> where T : class, IWatchedCase
{
    public override IEnumerable<RunningDeadline> Running(T state) =>
        state.Deadlines.Open.Where(d => !d.Missed).Select(d => new RunningDeadline(d.Deadline.ToString(), d.Limit, d.Start, d.DueAt, d.Warned, d.Missed));

    public override OversightCase Oversight(T state, RunningDeadline deadline) => Case(state.Id, CaseType, state.CreditCode, state.Provider);

    public static OversightCase Case(Guid id, string caseType, string creditCode, string provider) =>
        new(UtilitiesModule.ModuleName, caseType, id, creditCode, provider);

    /// <summary>A step started the limit of <paramref name="deadline"/>: watched by the platform from <paramref name="start"/> to <paramref name="dueAt"/>.</summary>
    public static void Watch(DeadlineWatch watch, OutgoingMessages outgoing, OversightCase connection, UtilityDeadline deadline, TimeLimit limit,
        DateTimeOffset start, DateTimeOffset dueAt) =>
        watch.Set(outgoing, connection, Started(deadline, limit, start, dueAt));

    /// <summary>
    /// The application opened the connection and started the limit of <paramref name="deadline"/>: <paramref name="opened"/> carries it to
    /// oversight (ADR 0204), and the platform watches it from <paramref name="start"/> to <paramref name="dueAt"/>.
    /// </summary>
    public static void Open(DeadlineWatch watch, OutgoingMessages outgoing, CaseOpened opened, UtilityDeadline deadline, TimeLimit limit,
        DateTimeOffset start, DateTimeOffset dueAt) =>
        watch.Open(outgoing, opened, Started(deadline, limit, start, dueAt));

    private static RunningDeadline Started(UtilityDeadline deadline, TimeLimit limit, DateTimeOffset start, DateTimeOffset dueAt) =>
        new(deadline.ToString(), limit, start, dueAt, false, false);

    protected override object Warned(T state, RunningDeadline deadline, DateTimeOffset now) => DeadlineEventsOf.Warned(Parse(deadline), deadline.DueAt, now);

    protected override object Overdue(T state, RunningDeadline deadline, DateTimeOffset now) => DeadlineEventsOf.Missed(Parse(deadline), deadline.DueAt, now);

    protected override object Recomputed(T state, RunningDeadline deadline, DateTimeOffset dueAt, DateTimeOffset? warningAt, string reason, DateTimeOffset now) =>
        DeadlineEventsOf.Recomputed(Parse(deadline), deadline.DueAt, dueAt, reason);

    /// <summary>The BusinessOffice's cross-module supervision dashboard consumes <see cref="UtilityConnectionOverdue"/>.</summary>
    protected override IEnumerable<object> AlsoPublish(T state, object recorded) => recorded is DeadlineMissed missed
        ? [new UtilityConnectionOverdue(state.Id, state.Utility, missed.Deadline.ToString(), state.Provider, state.CreditCode, state.EnterpriseName,
            missed.DueAt, missed.DetectedAt)]
        : [];

    private static UtilityDeadline Parse(RunningDeadline deadline) => Enum.Parse<UtilityDeadline>(deadline.Name);
}

public sealed class PowerDeadlines : ConnectionDeadlines<PowerConnection>
{
    public const string Type = "power-connection";

    public override string CaseType => Type;

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<PowerConnection>().Where(c => c.Status != PowerConnectionStatus.PoweredOn).Select(c => c.Id).ToListAsync(cancellation);
}

public sealed class WaterDeadlines : ConnectionDeadlines<WaterConnection>
{
    public const string Type = "water-connection";

    public override string CaseType => Type;

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<WaterConnection>().Where(c => c.Status != WaterConnectionStatus.Fulfilled).Select(c => c.Id).ToListAsync(cancellation);
}

public sealed class GasDeadlines : ConnectionDeadlines<GasConnection>
{
    public const string Type = "gas-connection";

    public override string CaseType => Type;

    protected override async Task<IReadOnlyList<Guid>> OpenCasesAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<GasConnection>()
            .Where(c => c.Status == GasConnectionStatus.Applied || c.Status == GasConnectionStatus.Surveyed).Select(c => c.Id).ToListAsync(cancellation);
}
