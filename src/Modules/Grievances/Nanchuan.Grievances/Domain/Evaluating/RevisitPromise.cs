namespace Nanchuan.Grievances.Domain;

/// <summary>回访承诺办理情况: the BusinessOffice records whether the promised completion date was kept.</summary>
/// <param name="Note">Required when the promise was not kept.</param>
internal sealed record RevisitPromise(bool Kept, string? Note, DateTimeOffset RevisitedAt);

internal static partial class GrievanceDecisions
{
    private const string RevisitAction = "回访承诺办理情况 (revisit promise)";

    /// <summary>
    /// Only when the current round's handling report promised a completion date, once per promise. Unlike every other
    /// step this is also allowed after closing: the seed's loop ends 销号—回访, and a closed request must not silently
    /// drop a promise made to the enterprise.
    /// </summary>
    public static PromiseRevisited RecordPromiseRevisit(Grievance state, RevisitPromise command, DateTimeOffset now)
    {
        var round = state.CurrentRound;
        if (round?.HandledAt is null)
            throw Refusal.NotAllowed(state, RevisitAction,
                "尚未反馈办理情况，没有可回访的承诺 / no handling report has been filed, so there is no promise to revisit.");
        if (round.PromisedCompletionDate is not { } promised)
            throw Refusal.NotAllowed(state, RevisitAction,
                "办理情况中没有承诺办结时限 / the handling report promised no completion date.");
        if (round.PromiseKept is not null)
            throw Refusal.NotAllowed(state, RevisitAction,
                "该承诺已回访 / this promise has already been revisited.");

        var errors = new ValidationErrors();
        if (!command.Kept) errors.RequireText("note", command.Note, "未兑现情况说明", "what was not done");
        CheckBetween(errors, "revisitedAt", command.RevisitedAt, round.HandledAt.Value, now,
            "回访时间", "the revisit time", "办理情况反馈时间", "handling report");
        errors.ThrowIfAny();

        return new PromiseRevisited(state.Id, round.Round, promised, command.Kept, command.Note?.Trim() ?? "", command.RevisitedAt, now);
    }
}
