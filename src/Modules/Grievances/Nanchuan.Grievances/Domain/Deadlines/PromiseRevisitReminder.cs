namespace Nanchuan.Grievances.Domain;

internal static partial class GrievanceDecisions
{
    /// <summary>
    /// The promised completion date of <paramref name="round"/> has come (the handler schedules this for that date).
    /// Null when stale: a later round started, the promise was already revisited, or the reminder was already recorded.
    /// </summary>
    public static PromiseRevisitDue? RemindPromiseRevisit(Grievance state, int round, DateTimeOffset now) =>
        state.CurrentRound is { PromisedCompletionDate: { } promised, PromiseKept: null, PromiseRevisitDue: false } current
        && current.Round == round
            ? new PromiseRevisitDue(state.Id, current.Round, current.HandlingUnitId, promised, now)
            : null;
}
