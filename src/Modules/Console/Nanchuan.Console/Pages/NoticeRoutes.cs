namespace Nanchuan.Console.Pages;

/// <summary>
/// Where a 督办 of a case is issued: the module's own supervision-notice endpoint (ADR 0083) where it has one, else the oversight
/// side's for a case with deadlines (the kit's 督办, ADR 0107). A case type without deadlines has none (platform rule 4 escalates
/// an overdue deadline), and the case page offers no form for it.
/// </summary>
internal static class NoticeRoutes
{
    public static string? For(string? module, string? caseType, Guid id, bool hasDeadlines) => (module, caseType) switch
    {
        ("Grievances", _) => $"/api/grievances/{id}/supervision-notice",
        ("Utilities", "power-connection" or "water-connection" or "gas-connection") => $"/api/utilities/{caseType}s/{id}/supervision-notice",
        _ when hasDeadlines => $"/api/oversight/cases/{id}/supervision-notice",
        _ => null,
    };
}
