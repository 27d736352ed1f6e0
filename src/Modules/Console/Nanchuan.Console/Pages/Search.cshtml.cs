using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Console.Api;

namespace Nanchuan.Console.Pages;

/// <summary>
/// The search box: a credit code opens the enterprise's thread, a case id the case page; anything else (an enterprise name, a
/// 交办单编号, a project code, part of a code) is searched across modules by the API, which keeps to what the reader may open.
/// </summary>
internal sealed class SearchModel(ConsoleApi api) : PageModel
{
    public string? Query { get; private set; }
    public ApiAnswer? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellation)
    {
        Query = q?.Trim();
        if (string.IsNullOrEmpty(Query)) return Page();
        if (UnifiedSocialCreditCode.TryParse(Query.ToUpperInvariant(), out var code, out _)) return Redirect($"/console/enterprises/{code.Value}");
        if (Guid.TryParse(Query, out var id)) return Redirect($"/console/cases/{id}");
        Found = await api.GetAsync($"/api/oversight/search?q={Uri.EscapeDataString(Query)}&limit=50", cancellation);
        return Page();
    }

    public IReadOnlyList<JsonElement> Hits =>
        Found is { Ok: true } found && found.Body.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];
}
