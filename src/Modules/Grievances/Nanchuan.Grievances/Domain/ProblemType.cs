using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.Grievances.Domain;

/// <summary>问题类型 on the assignment slip; each type proposes the matching 办结时限.</summary>
public enum ProblemType
{
    /// <summary>简单问题: 2 working days.</summary>
    Simple,

    /// <summary>一般问题: 5 working days.</summary>
    General,

    /// <summary>复杂问题: 10 working days.</summary>
    Complex,
}

/// <summary>The time limits of the loop, in working days (工作日).</summary>
internal static class TimeLimits
{
    /// <summary>The BusinessOffice sends the slip within 1 working day of receipt (1个工作日送达“交办单”).</summary>
    public const int AssignmentWorkingDays = 1;

    /// <summary>办结时限 the slip proposes for a problem type: 2 / 5 / 10 working days.</summary>
    public static int ProposedHandlingWorkingDays(ProblemType type) => type switch
    {
        ProblemType.Simple => 2,
        ProblemType.General => 5,
        ProblemType.Complex => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The limit a slip gets: the proposed one when none is chosen; a chosen one must be at least 1 and
    /// never longer than proposed (the seed: simple in 2, complex in no more than 10).
    /// Handlers call this before computing the handling deadline with the calendar.
    /// </summary>
    public static int ResolveHandlingWorkingDays(ProblemType type, int? chosen) =>
        TryResolveHandlingWorkingDays(type, chosen, out var limit, out var error)
            ? limit
            : throw new DomainValidationException("timeLimitWorkingDays", error!);

    public static bool TryResolveHandlingWorkingDays(ProblemType type, int? chosen, out int limit, out string? error)
    {
        var proposed = ProposedHandlingWorkingDays(type);
        limit = chosen ?? proposed;
        error = limit < 1 || limit > proposed
            ? $"办结时限应为1至{proposed}个工作日 / the time limit must be 1 to {proposed} working days for this problem type (got {chosen})."
            : null;
        return error is null;
    }
}
