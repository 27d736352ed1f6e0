namespace Nanchuan.Licensing.Registration;

/// <summary>
/// The 20 service points (服务点) of 开办企业"近快办" (the list is the platform's, since a clerk's token names one). Each offers
/// consultation, guidance and assisted filing (帮办代办), accepts registrations and issues licences — each by its own clerks.
/// </summary>
internal static class ServicePoints
{
    public static IReadOnlyList<string> All => BuildingBlocks.Actors.ServicePoints.Nearby;

    public static bool Exists(string? name) => BuildingBlocks.Actors.ServicePoints.IsNearby(name);

    /// <summary>A window clerk acts only at the point in their token (ADR 0034); other roles are judged by their endpoints.</summary>
    public static void EnsureClerkAt(Actor actor, string point)
    {
        if (actor.Role != Roles.WindowClerk || actor.ServicePoint == point.Trim()) return;
        var own = actor.ServicePoint ?? "未指定服务点";
        throw new AccessDeniedException(
            $"窗口人员只能办理本服务点（{own}）的业务，不能办理{point}服务点的业务 / a window clerk of {own} acts only at that point, not at {point}.");
    }
}
