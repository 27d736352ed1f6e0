using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.Console.Api;

namespace Nanchuan.Console.Pages;

/// <summary>
/// The case page (issue 20 point 3): the oversight rows and the full history of any module's case, and the case as it stood at
/// an event (version) or a moment (time travel), all from /api/oversight/cases/{id}.
/// </summary>
internal sealed class CaseModel(ConsoleApi api) : PageModel
{
    public Guid Id { get; private set; }
    public ApiAnswer Answer { get; private set; } = null!;
    public ApiAnswer? State { get; private set; }
    [BindProperty(SupportsGet = true)] public long? Version { get; set; }
    [BindProperty(SupportsGet = true)] public string? At { get; set; }
    [BindProperty(SupportsGet = true)] public string? Deadline { get; set; }

    public string? NoticeMessage { get; private set; }
    public string? NoticeProblem { get; private set; }

    /// <summary>The module's 督办 endpoint for this case, null when its module has none.</summary>
    public string? NoticeRoute
    {
        get
        {
            var known = CaseRow ?? Part("deadlines").Concat(Part("entries")).Cast<JsonElement?>().FirstOrDefault();
            return known is { } row
                ? NoticeRoutes.For(row.GetProperty("module").GetString(), row.GetProperty("caseType").GetString(), Id, Part("deadlines").Count > 0)
                : null;
        }
    }

    public async Task OnGetAsync(Guid id, string? notice, CancellationToken cancellation)
    {
        await LoadAsync(id, cancellation);
        NoticeMessage = notice;
    }

    /// <summary>督办 through the module's API, as any client would; its refusal (409 naming the state, 403) is shown as it is.</summary>
    public async Task<IActionResult> OnPostNoticeAsync(Guid id, string? demand, CancellationToken cancellation)
    {
        await LoadAsync(id, cancellation);
        if (NoticeRoute is not { } route) return NotFound();
        var answer = await api.PostAsync(route, new { demand }, cancellation);
        if (answer.Ok) return Redirect($"/console/cases/{id}?notice={Uri.EscapeDataString("已发出督办")}#notice");
        NoticeProblem = answer.Problem;
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellation)
    {
        Id = id;
        Answer = await api.GetAsync($"/api/oversight/cases/{id}", cancellation);
        var moment = AtAsOffset();
        if (Version is not null) State = await api.GetAsync($"/api/oversight/cases/{id}/state?version={Version}", cancellation);
        else if (moment is not null) State = await api.GetAsync($"/api/oversight/cases/{id}/state?at={Uri.EscapeDataString(moment)}", cancellation);
    }

    /// <summary>The history's events, oldest first (empty for a case whose module keeps no stream of that id).</summary>
    public IReadOnlyList<JsonElement> History =>
        Answer.Ok && Answer.Body.TryGetProperty("history", out var history) && history.ValueKind == JsonValueKind.Object
            ? [.. history.GetProperty("events").EnumerateArray()]
            : [];

    public IReadOnlyList<JsonElement> Part(string name) =>
        Answer.Ok && Answer.Body.TryGetProperty(name, out var rows) && rows.ValueKind == JsonValueKind.Array ? [.. rows.EnumerateArray()] : [];

    public JsonElement? CaseRow => Answer.Ok && Answer.Body.TryGetProperty("case", out var row) && row.ValueKind == JsonValueKind.Object ? row : null;

    /// <summary>The browser's datetime-local value read as Beijing time, as the API wants it (ISO 8601 with offset).</summary>
    private string? AtAsOffset() =>
        string.IsNullOrWhiteSpace(At) ? null : DateTime.TryParse(At, out var local) ? new DateTimeOffset(local, TimeSpan.FromHours(8)).ToString("O") : At;
}
