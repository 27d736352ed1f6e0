using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.Console.Api;

namespace Nanchuan.Console.Pages;

/// <summary>企业全景 (issue 20 point 2): one enterprise's cases, running deadlines and facts across modules, from the API.</summary>
internal sealed class EnterpriseModel(ConsoleApi api) : PageModel
{
    public string Code { get; private set; } = "";
    public ApiAnswer Thread { get; private set; } = null!;

    public async Task OnGetAsync(string code, CancellationToken cancellation)
    {
        Code = code;
        Thread = await api.GetAsync($"/api/oversight/enterprises/{Uri.EscapeDataString(code)}/thread", cancellation);
    }

    public IReadOnlyList<JsonElement> Part(string name) =>
        Thread.Ok && Thread.Body.TryGetProperty(name, out var rows) && rows.ValueKind == JsonValueKind.Array ? [.. rows.EnumerateArray()] : [];
}
