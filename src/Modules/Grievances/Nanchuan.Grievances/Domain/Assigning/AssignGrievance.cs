namespace Nanchuan.Grievances.Domain;

/// <summary>交办 / 再次交办: what the BusinessOffice fills in on the assignment slip (交办单).</summary>
/// <param name="TimeLimitWorkingDays">办结时限; null takes the problem type's proposal, a shorter one may be chosen.</param>
/// <param name="HandlingUnitId">承办单位: department code.</param>
internal sealed record AssignGrievance(
    ProblemType ProblemType,
    int? TimeLimitWorkingDays,
    string? HandlingUnitId,
    string? HandlingUnitName);

internal static partial class GrievanceDecisions
{
    private const string AssignAction = "交办 (assign)";

    /// <summary>
    /// Assigns a received request, or re-assigns one the enterprise was not satisfied with (a new round).
    /// The handler resolves the limit with <see cref="TimeLimits.ResolveHandlingWorkingDays"/>, computes
    /// <paramref name="handlingDueAt"/> with the calendar, and allocates <paramref name="slipNumber"/> in the same
    /// transaction as the append, so a refused assignment leaves no gap in the numbering.
    /// </summary>
    public static GrievanceAssigned Assign(
        Grievance state, AssignGrievance command, string slipNumber, DateTimeOffset now, DateTimeOffset handlingDueAt)
    {
        Refusal.Unless(state, AssignAction, GrievanceStatus.Received, GrievanceStatus.Unsatisfied);

        var errors = new ValidationErrors();
        errors.If(!Enum.IsDefined(command.ProblemType), "problemType", "问题类型无效 / unknown problem type.");
        var limit = 0;
        if (Enum.IsDefined(command.ProblemType)
            && !TimeLimits.TryResolveHandlingWorkingDays(command.ProblemType, command.TimeLimitWorkingDays, out limit, out var limitError))
        {
            errors.Add("timeLimitWorkingDays", limitError!);
        }
        errors.RequireText("handlingUnitId", command.HandlingUnitId, "承办单位", "the handling unit");
        errors.RequireText("handlingUnitName", command.HandlingUnitName, "承办单位名称", "the handling unit's name");
        errors.ThrowIfAny();

        var slip = AssignmentSlipNumber.Parse(slipNumber).ToString();
        if (state.Rounds.Any(round => round.SlipNumber == slip))
            throw new ArgumentException($"Slip {slip} was already issued for this request; slip numbers are never reused.", nameof(slipNumber));
        if (handlingDueAt <= now)
            throw new ArgumentOutOfRangeException(nameof(handlingDueAt), handlingDueAt, "The handling deadline must come after the assignment.");

        return new GrievanceAssigned(
            state.Id,
            state.Rounds.Count + 1,
            slip,
            command.ProblemType,
            limit,
            command.HandlingUnitId!.Trim(),
            command.HandlingUnitName!.Trim(),
            now,
            handlingDueAt);
    }
}
