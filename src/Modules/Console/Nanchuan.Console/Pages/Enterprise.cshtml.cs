using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.Console.Api;

namespace Nanchuan.Console.Pages;

/// <summary>
/// 企业全景 (issue 20 point 2): one enterprise's facts across modules, newest first, a page at a time from the API (ADR 0181), with
/// the cases they are about and, on the first page, the running deadlines; "更早的记录" reads the next page by its cursor.
/// </summary>
internal sealed class EnterpriseModel(ConsoleApi api) : PageModel
{
    public string Code { get; private set; } = "";
    public ApiAnswer Thread { get; private set; } = null!;
    public bool FirstPage { get; private set; }

    /// <summary>The console's address of the next (older) page of the thread; null on the last.</summary>
    public string? OlderPage { get; private set; }

    public async Task OnGetAsync(string code, string? cursor, int? limit, CancellationToken cancellation)
    {
        Code = code;
        FirstPage = cursor is null;
        var enterprise = Uri.EscapeDataString(code);
        Thread = await api.GetAsync($"/api/oversight/enterprises/{enterprise}/thread{Paging(limit, cursor)}", cancellation);
        if (Thread.Ok && Thread.Body.TryGetProperty("nextCursor", out var next) && next.GetString() is { } older)
            OlderPage = $"/console/enterprises/{enterprise}{Paging(limit, older)}";
    }

    public IReadOnlyList<JsonElement> Part(string name) =>
        Thread.Ok && Thread.Body.TryGetProperty(name, out var rows) && rows.ValueKind == JsonValueKind.Array ? [.. rows.EnumerateArray()] : [];

    private static QueryString Paging(int? limit, string? cursor) =>
        QueryString.Create(new[] { KeyValuePair.Create("limit", limit?.ToString(CultureInfo.InvariantCulture)), KeyValuePair.Create("cursor", cursor) }
            .Where(parameter => parameter.Value is not null));
}
