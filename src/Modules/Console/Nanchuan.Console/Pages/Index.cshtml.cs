using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.Console.Api;
using Nanchuan.Console.Session;

namespace Nanchuan.Console.Pages;

/// <summary>The signed-in user's worklist: each section one API call with the user's token.</summary>
internal sealed class IndexModel(ConsoleApi api, ConsoleSession session) : PageModel
{
    public IReadOnlyList<(WorklistSection Section, ApiAnswer Answer)> Sections { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? notice, CancellationToken cancellation)
    {
        Notice = notice;
        var sections = Worklists.For(session.User);
        var answers = await Task.WhenAll(sections.Select(s => api.GetAsync(s.Path, cancellation)));
        Sections = [.. sections.Zip(answers)];
    }

    public static IReadOnlyList<JsonElement> RowsOf(WorklistSection section, ApiAnswer answer) =>
        section.Rows is { } name && answer.Body.ValueKind == JsonValueKind.Object && answer.Body.TryGetProperty(name, out var rows)
            ? Rendering.JsonView.Rows(rows)
            : Rendering.JsonView.Rows(answer.Body);
}
