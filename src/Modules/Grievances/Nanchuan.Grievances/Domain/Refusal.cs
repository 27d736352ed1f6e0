using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.Grievances.Domain;

/// <summary>Builds the 409 answers of the loop, always naming the request's current state in Chinese.</summary>
internal static class Refusal
{
    public static InvalidStateTransitionException NotAllowed(Grievance state, string action) =>
        new(state.Status.ToChinese(), action);

    public static InvalidStateTransitionException NotAllowed(Grievance state, string action, string reason) =>
        new(state.Status.ToChinese(), action, $"当前状态为“{state.Status.ToChinese()}”：{reason}");

    /// <summary>Refuses unless the request is in one of <paramref name="allowed"/>.</summary>
    public static void Unless(Grievance state, string action, params GrievanceStatus[] allowed)
    {
        if (!allowed.Contains(state.Status)) throw NotAllowed(state, action);
    }
}
