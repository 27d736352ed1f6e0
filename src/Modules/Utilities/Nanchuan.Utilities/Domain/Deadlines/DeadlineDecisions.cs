using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>Whether a step met its deadline, and the supervision notice on a missed one (firing and recomputing are the platform's).</summary>
internal static class DeadlineDecisions
{
    private const string SuperviseAction = "督办";

    /// <summary>The step was done at <paramref name="at"/>: on time up to and including the due instant (platform rule, 24:00 for calendar days).</summary>
    public static bool WithinLimit(DeadlineBook book, UtilityDeadline deadline, DateTimeOffset at) =>
        book.Find(deadline) is not { } watched || DeadlineRules.IsOnTime(at, watched.DueAt);

    /// <summary>
    /// 督办 (platform rule 4): only while a deadline of the case is missed and its step still open; the demand is required.
    /// </summary>
    public static SupervisionNoticeIssued Supervise(IWatchedCase state, string? demand, DateTimeOffset now)
    {
        if (state.Deadlines.MissedOpen is not { } missed)
            throw new InvalidStateTransitionException(state.StatusLabel, SuperviseAction,
                "该报装没有超期未办的环节，无需督办 / the connection has no overdue step to supervise.");
        if (string.IsNullOrWhiteSpace(demand))
            throw new DomainValidationException("demand", "请填写督办要求 / the supervision demand is required.");
        return DeadlineEventsOf.SupervisionNotice(missed.Deadline, missed.DueAt, state.Provider, demand.Trim(), now);
    }
}
