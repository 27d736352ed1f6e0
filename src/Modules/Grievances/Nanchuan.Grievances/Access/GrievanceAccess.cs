using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.Grievances.Access;

/// <summary>
/// Who may see and act on which request (issue 3, point 4). An enterprise: only requests under its own credit code.
/// A department handler: only requests whose current handling unit is its department, matched by the directory id its
/// token carries (ADR 0060), so a renamed unit keeps its requests. The BusinessOffice runs the loop; supervisors read everything (the platform refuses their writes).
/// Every refusal is a 403 with the reason.
/// </summary>
internal static class GrievanceAccess
{
    /// <summary>Roles that may read requests at all: enterprises their own, departments those assigned to them, the BusinessOffice and supervisors all.</summary>
    public const string Readers = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}";

    /// <summary>Roles that may read any request.</summary>
    public static bool ReadsEverything(Actor actor) => actor.IsIn(Roles.BusinessOffice, Roles.Supervisor);

    public static void EnsureCanSee(Actor actor, Grievance grievance)
    {
        if (ReadsEverything(actor)) return;
        if (actor.Role == Roles.Enterprise)
        {
            EnsureOwnRequest(actor, grievance);
            return;
        }
        if (actor.Role == Roles.DepartmentHandler)
        {
            EnsureCurrentHandlingUnit(actor, grievance);
            return;
        }
        throw new AccessDeniedException($"角色“{actor.Role}”无权查阅企业诉求 / the role {actor.Role} may not read enterprise requests.");
    }

    /// <summary>Contacting the enterprise and filing the handling report: the handler of the current round's unit only.</summary>
    public static void EnsureHandlesCurrentRound(Actor actor, Grievance grievance)
    {
        if (actor.Role != Roles.DepartmentHandler)
            throw new AccessDeniedException("只有承办单位的办理人员可以办理 / only the handling unit's staff may do this.");
        EnsureCurrentHandlingUnit(actor, grievance);
    }

    /// <summary>好差评: the requesting enterprise only (the endpoint admits enterprises alone).</summary>
    public static void EnsureCanRate(Actor actor, Grievance grievance) => EnsureOwnRequest(actor, grievance);

    /// <summary>An enterprise lodging a request on the platform does so under its own credit code.</summary>
    public static void EnsureMayLodgeFor(Actor actor, string? creditCode)
    {
        if (actor.Role != Roles.Enterprise) return;
        if (!string.Equals(actor.CreditCode, creditCode?.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new AccessDeniedException("企业只能以本企业的统一社会信用代码提出诉求 / an enterprise may lodge requests only under its own credit code.");
    }

    private static void EnsureOwnRequest(Actor actor, Grievance grievance)
    {
        if (actor.CreditCode is null || grievance.CreditCode?.Value != actor.CreditCode.ToUpperInvariant())
            throw new AccessDeniedException("该诉求不属于本企业 / this request belongs to another enterprise.");
    }

    private static void EnsureCurrentHandlingUnit(Actor actor, Grievance grievance)
    {
        if (!grievance.IsHandledBy(actor))
            throw new AccessDeniedException($"该诉求当前未交办给{actor.Department ?? "本部门"} / this request is not currently assigned to {actor.Department ?? "your department"}.");
    }
}
