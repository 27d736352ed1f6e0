using System.Text.Json;
using Microsoft.AspNetCore.Html;

namespace Nanchuan.Console.Pages;

/// <summary>The 督办 action of an overdue row: to the case page's notice form for that deadline.</summary>
internal static class SuperviseButton
{
    public static IHtmlContent? For(JsonElement row) =>
        row.TryGetProperty("caseId", out var id) && Guid.TryParse(id.GetString(), out var caseId)
            ? new HtmlString($"<a class=\"button\" href=\"/console/cases/{caseId}?deadline={Uri.EscapeDataString(row.TryGetProperty("deadline", out var d) ? d.GetString() ?? "" : "")}#notice\">督办</a>")
            : null;
}
