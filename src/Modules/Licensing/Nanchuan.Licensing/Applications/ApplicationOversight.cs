using Nanchuan.BuildingBlocks.Oversight;
using Wolverine;

namespace Nanchuan.Licensing.Applications;

/// <summary>An application's own events mirrored as the oversight contract's case events (ADR 0035), on its department.</summary>
internal static class ApplicationOversight
{
    private static readonly OversightCaseType Type = new(LicensingModule.ModuleName, ApplicationDeadlines.Type);

    /// <summary>The case events these events (just appended; <paramref name="state"/> after them) mirror: received opens, a rejection or the result closes.</summary>
    public static OutgoingMessages Of(ServiceApplication state, IEnumerable<object> events)
    {
        var outgoing = new OutgoingMessages();
        foreach (var e in events)
        {
            if (e is ApplicationReceived received)
                outgoing.Add(Type.Opened(state.Id, state.CreditCode.Value, state.Department, $"{state.ItemName}：{state.EnterpriseName}", received.ReceivedAt,
                    enterpriseName: state.EnterpriseName));
            else if (e is ApplicationDecided { Approved: false } rejected) outgoing.Add(Closed(state, "不予许可", rejected.DecidedAt));
            else if (e is ResultIssued issued) outgoing.Add(Closed(state, "已出件", issued.IssuedAt));
        }
        return outgoing;
    }

    /// <summary>
    /// On time when finished by the promised due time (paused time already added); null for an immediate item, which has no limit.
    /// Trips: the in-person visits recorded for it (最多跑一次 counts an application finished with at most one, ADR 0138).
    /// </summary>
    private static CaseClosed Closed(ServiceApplication state, string outcome, DateTimeOffset at) =>
        Type.Closed(state.Id, state.CreditCode.Value, state.Department, outcome,
            state is { PromisedWorkingDays: > 0, DueAt: { } dueAt } ? !state.Overdue && at <= dueAt : null, at, trips: state.Visits);
}
