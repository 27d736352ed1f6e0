using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nanchuan.BuildingBlocks.PersonalData;

/// <summary>
/// Erases one person's values from a stored JSON document (an event's data, a read model): every occurrence of each value
/// inside a string becomes as many stars, so the shape of every field stays (a replayed event still deserialises, a
/// phone field still holds eleven characters) and no figure changes (docs/adr/0087). Field names, numbers and other
/// persons' values are untouched.
/// </summary>
public static class PersonalDataErasure
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON with the values erased, or null when it holds none of them.</summary>
    public static string? Erase(string json, IReadOnlyCollection<string> values)
    {
        var root = JsonNode.Parse(json);
        if (root is null || !Visit(root, values, out var replaced)) return null;
        return (replaced ?? root).ToJsonString(Output);
    }

    /// <summary>Stars in place of the value: 13812345678 → ***********.</summary>
    public static string Erased(string value) => new('*', value.Length);

    // True when something below changed; a changed string comes back in `replaced` for the parent to put in place.
    private static bool Visit(JsonNode node, IReadOnlyCollection<string> values, out JsonNode? replaced)
    {
        replaced = null;
        switch (node)
        {
            case JsonObject obj:
            {
                var changed = false;
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is null || !Visit(child, values, out var newChild)) continue;
                    changed = true;
                    if (newChild is not null) obj[key] = newChild;
                }
                return changed;
            }
            case JsonArray array:
            {
                var changed = false;
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is not { } child || !Visit(child, values, out var newChild)) continue;
                    changed = true;
                    if (newChild is not null) array[i] = newChild;
                }
                return changed;
            }
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
            {
                var text = value.GetValue<string>();
                var erased = values.Aggregate(text, (current, v) => current.Replace(v, Erased(v), StringComparison.Ordinal));
                if (erased == text) return false;
                replaced = JsonValue.Create(erased);
                return true;
            }
            default:
                return false;
        }
    }
}
