using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Utilities.Deadlines;

/// <summary>A connection's own events mirrored as the oversight contract's case events (ADR 0035); the provider is its department.</summary>
internal static class ConnectionOversight
{
    /// <param name="trips">The enterprise's trips to a counter, for a kind of connection that counts them (gas: 0, ADR 0138); null otherwise.</param>
    public static CaseOpened Opened(string caseType, CaseName what, Guid id, string creditCode, string enterpriseName, string provider, DateTimeOffset at, int? trips = null) =>
        Type(caseType).Opened(id, creditCode, provider, $"{what.Chinese}：{enterpriseName}", at, enterpriseName: enterpriseName, trips: trips);

    /// <summary>
    /// The last step done (<paramref name="state"/> before it): on time when that step met its limit and every earlier deadline was
    /// met by its due instant; null for a case that never had a deadline.
    /// </summary>
    public static CaseClosed Closed(string caseType, IWatchedCase state, string outcome, bool lastStepWithinLimit, DateTimeOffset at) =>
        Type(caseType).Closed(state.Id, state.CreditCode, state.Provider, outcome,
            state.Deadlines.Items.Count == 0
                ? null
                : lastStepWithinLimit && state.Deadlines.Items.All(d => !d.Missed && (d.MetAt is not { } met || DeadlineRules.IsOnTime(met, d.DueAt))),
            at);

    public static BuildingBlocks.Oversight.SupervisionNoticeIssued Notice(string caseType, IWatchedCase state, Domain.Deadlines.SupervisionNoticeIssued e, string issuedBy) =>
        Type(caseType).Notice(state.Id, state.CreditCode, e.Provider, e.Deadline.ToString(), e.Demand, issuedBy, e.IssuedAt);

    private static OversightCaseType Type(string caseType) => new(UtilitiesModule.ModuleName, caseType);
}
