using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Console.Pages;

/// <summary>The search box: a credit code opens the enterprise's thread, a case id the case page.</summary>
internal sealed class SearchModel : PageModel
{
    public string? Query { get; private set; }

    public IActionResult OnGet(string? q)
    {
        Query = q?.Trim();
        if (string.IsNullOrEmpty(Query)) return Page();
        if (UnifiedSocialCreditCode.TryParse(Query.ToUpperInvariant(), out var code, out _)) return Redirect($"/console/enterprises/{code.Value}");
        if (Guid.TryParse(Query, out var id)) return Redirect($"/console/cases/{id}");
        return Page();
    }
}
