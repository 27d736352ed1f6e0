using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Nanchuan.Bench;

/// <summary>
/// JSON as PostgreSQL prints a <c>jsonb</c> value (<c>data::text</c>), the text the seal of ADR 0086 hashes: an object's keys
/// shorter first, then by their UTF-8 bytes, the last of duplicate keys kept; <c>", "</c> and <c>": "</c> between items; strings
/// with only <c>"</c>, <c>\</c> and control characters escaped. Numbers are kept as written; one in exponent form (which
/// PostgreSQL would print as a plain decimal) is refused rather than sealed wrongly.
/// </summary>
internal static class JsonbText
{
    public static string Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        var text = new StringBuilder(json.Length + json.Length / 8);
        Write(document.RootElement, text);
        return text.ToString();
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new Dictionary<string, JsonElement>();
                foreach (var member in element.EnumerateObject()) members[member.Name] = member.Value;
                text.Append('{');
                var first = true;
                foreach (var (name, value) in members.OrderBy(m => m.Key, KeyOrder.Instance))
                {
                    if (!first) text.Append(", ");
                    first = false;
                    WriteString(name, text);
                    text.Append(": ");
                    Write(value, text);
                }
                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var item = 0;
                foreach (var value in element.EnumerateArray())
                {
                    if (item++ > 0) text.Append(", ");
                    Write(value, text);
                }
                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, text);
                break;
            case JsonValueKind.Number:
                var number = element.GetRawText();
                if (number.AsSpan().IndexOfAny('e', 'E') >= 0) throw new NotSupportedException($"a number in exponent form ({number}) is printed otherwise by jsonb");
                text.Append(number);
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }

    /// <summary>jsonb's order of keys: by length in UTF-8 bytes, then byte by byte.</summary>
    private sealed class KeyOrder : IComparer<string>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            // ASCII (every key of the platform's events): a character is a byte.
            if (Ascii.IsValid(x) && Ascii.IsValid(y)) return x!.Length != y!.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
            var a = Encoding.UTF8.GetBytes(x!);
            var b = Encoding.UTF8.GetBytes(y!);
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.AsSpan().SequenceCompareTo(b);
        }
    }
}
