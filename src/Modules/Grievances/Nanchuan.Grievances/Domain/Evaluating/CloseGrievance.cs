namespace Nanchuan.Grievances.Domain;

/// <summary>销号管理 → 同意销号: the BusinessOffice closes the request.</summary>
internal sealed record CloseGrievance(string? Note);

internal static partial class GrievanceDecisions
{
    private const string CloseAction = "同意销号 (close)";

    /// <summary>Only after a satisfied evaluation (直至企业满意才可销号), directly or after a spell of 持续跟踪.</summary>
    public static GrievanceClosed Close(Grievance state, CloseGrievance command, DateTimeOffset now)
    {
        Refusal.Unless(state, CloseAction, GrievanceStatus.Evaluated, GrievanceStatus.Tracking);
        var round = state.CurrentRound!;
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        return new GrievanceClosed(state.Id, round.Round, round.SlipNumber, note, now);
    }
}
