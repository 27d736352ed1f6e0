using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;

namespace Nanchuan.Console.Rendering;

/// <summary>
/// Any API answer as HTML: a list of objects as a table (Chinese headings, times in Beijing time, case ids and credit codes
/// linked to their pages), an object as a definition list. The console shows what the API returns and nothing else.
/// </summary>
internal static class JsonView
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The rows of an answer: the array itself, or the first array property of a page object (items, entries…).</summary>
    public static IReadOnlyList<JsonElement> Rows(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.Array => [.. answer.EnumerateArray()],
        JsonValueKind.Object => answer.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).Select(p => (IReadOnlyList<JsonElement>)[.. p.Value.EnumerateArray()]).FirstOrDefault() ?? [],
        _ => [],
    };

    public static IHtmlContent Table(IReadOnlyList<JsonElement> rows, string caption, Func<JsonElement, IHtmlContent?>? action = null, params string[] hidden)
    {
        if (rows.Count == 0) return new HtmlString("<p class=\"empty\">暂无数据</p>");
        var columns = rows.Where(r => r.ValueKind == JsonValueKind.Object).SelectMany(r => r.EnumerateObject().Select(p => p.Name))
            .Distinct().Where(c => !hidden.Contains(c)).ToList();
        var html = new StringBuilder("<div class=\"table-wrap\"><table><caption>").Append(Encoder.Encode(caption)).Append("</caption><thead><tr>");
        foreach (var column in columns) html.Append("<th scope=\"col\">").Append(Encoder.Encode(Labels.Of(column))).Append("</th>");
        if (action is not null) html.Append("<th scope=\"col\">操作</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            if (row.ValueKind != JsonValueKind.Object) html.Append("<td>").Append(Scalar(null, row)).Append("</td>");
            else
                foreach (var column in columns)
                    html.Append("<td data-label=\"").Append(Encoder.Encode(Labels.Of(column))).Append("\">")
                        .Append(row.TryGetProperty(column, out var value) ? Cell(column, value) : "—").Append("</td>");
            if (action is not null)
            {
                using var writer = new StringWriter();
                action(row)?.WriteTo(writer, Encoder);
                html.Append("<td>").Append(writer).Append("</td>");
            }
            html.Append("</tr>");
        }
        return new HtmlString(html.Append("</tbody></table></div>").ToString());
    }

    public static IHtmlContent Details(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) return new HtmlString(Cell(null, value));
        var html = new StringBuilder("<dl class=\"details\">");
        foreach (var property in value.EnumerateObject())
            html.Append("<dt>").Append(Encoder.Encode(Labels.Of(property.Name))).Append("</dt><dd>")
                .Append(property.Value.ValueKind is JsonValueKind.Object ? Details(property.Value).ToString() : Cell(property.Name, property.Value)).Append("</dd>");
        return new HtmlString(html.Append("</dl>").ToString());
    }

    /// <summary>A time of the API (ISO 8601 with offset) in Beijing time, as people in Nanchuan read it.</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Cell(string? field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => Encoder.Encode(string.Join("；", value.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object or JsonValueKind.Array))
            .Select(p => $"{Labels.Of(p.Name)}：{Text(p.Name, p.Value)}"))),
        JsonValueKind.Array when value.GetArrayLength() == 0 => "—",
        JsonValueKind.Array => value.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            ? Encoder.Encode(string.Join("、", value.EnumerateArray().Select(v => Text(null, v))))
            : $"{value.GetArrayLength()}项",
        _ => Scalar(field, value),
    };

    private static string Scalar(string? field, JsonElement value)
    {
        var text = Text(field, value);
        if (value.ValueKind == JsonValueKind.String && field is "caseId" or "streamId" or "id" && Guid.TryParse(text, out var id))
            return $"<a href=\"/console/cases/{id}\">{text[..8]}</a>";
        if (value.ValueKind == JsonValueKind.String && field == "creditCode")
            return $"<a href=\"/console/enterprises/{Uri.EscapeDataString(text)}\">{Encoder.Encode(text)}</a>";
        return Encoder.Encode(text);
    }

    private static string Text(string? field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.String when field is "role" or "userRole" => Labels.Role(value.GetString()),
        JsonValueKind.String when field == "module" => Labels.Module(value.GetString()),
        JsonValueKind.String when value.GetString() is { Length: >= 20 } s && s[10] == 'T' && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => Time(at),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
