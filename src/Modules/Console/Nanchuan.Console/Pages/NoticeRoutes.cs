namespace Nanchuan.Console.Pages;

/// <summary>
/// Where a 督办 of a case is issued: the module's own supervision-notice endpoint (ADR 0083). Modules whose spec provides
/// no 督办 have none, and the case page offers no form for them.
/// </summary>
internal static class NoticeRoutes
{
    public static string? For(string? module, string? caseType, Guid id) => (module, caseType) switch
    {
        ("Grievances", _) => $"/api/grievances/{id}/supervision-notice",
        ("Utilities", "power-connection" or "water-connection" or "gas-connection") => $"/api/utilities/{caseType}s/{id}/supervision-notice",
        _ => null,
    };
}
