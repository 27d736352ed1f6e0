namespace Nanchuan.Grievances.Domain;

/// <summary>销号管理 → 持续跟踪: the BusinessOffice keeps a satisfied request open.</summary>
/// <param name="Reason">Why, e.g. "承诺6月底前完成供电线路改造 / power line upgrade promised by end of June".</param>
internal sealed record ContinueTracking(string? Reason);

internal static partial class GrievanceDecisions
{
    private const string TrackAction = "持续跟踪 (keep tracking)";

    /// <summary>Only right after a satisfied evaluation; a tracked request is later closed with <see cref="Close"/>.</summary>
    public static TrackingContinued KeepTracking(Grievance state, ContinueTracking command, DateTimeOffset now)
    {
        Refusal.Unless(state, TrackAction, GrievanceStatus.Evaluated);

        var errors = new ValidationErrors();
        errors.RequireText("reason", command.Reason, "持续跟踪原因", "the reason for tracking");
        errors.ThrowIfAny();

        return new TrackingContinued(state.Id, state.CurrentRound!.Round, command.Reason!.Trim(), now);
    }
}
