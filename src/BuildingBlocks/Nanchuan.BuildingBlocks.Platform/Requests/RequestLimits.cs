using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The platform's limits on every request body (docs/adr/0030), one rule for all modules: a short text (a name, a person, a
/// phone, a code, a number, a title) at most <see cref="ShortText"/> characters, any other text at most
/// <see cref="LongText"/>; no text holds U+0000; a list at most <see cref="Items"/> entries, none of them null; a date within
/// <see cref="RequestDates"/>; a decimal below <see cref="Numbers"/> in size.
/// </summary>
public static class RequestLimits
{
    public const int ShortText = 200;
    public const int LongText = 2_000;
    public const int Items = 500;
    /// <summary>The largest request body read, in bytes (a box batch of 500 notes of ordinary length fits several times).</summary>
    public const long BodyBytes = 1_048_576;
    /// <summary>A decimal (an amount in yuan, an area, a rate) is below this in size: the report tables keep amounts as numeric(14,2).</summary>
    public const decimal Numbers = 1_000_000_000_000m;

    private static readonly string[] ShortTextEndings = ["name", "person", "phone", "code", "number", "title"];

    /// <summary>The longest text a field of this JSON name may hold.</summary>
    public static int MaxLength(string jsonName) =>
        ShortTextEndings.Any(ending => jsonName.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) ? ShortText : LongText;

    /// <summary>Every field of <paramref name="body"/> over a limit, keyed by its path (`notes[2].content`).</summary>
    public static IReadOnlyDictionary<string, string[]> Check(object body, JsonSerializerOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        CheckObject(body, "", options, errors);
        return errors;
    }

    private static void CheckObject(object value, string path, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        var type = options.GetTypeInfo(value.GetType());
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties)
        {
            if (property.Get?.Invoke(value) is not { } member) continue;
            var field = RequestBodyProblem.Join(path, property.Name);
            CheckValue(member, field, MaxLength(property.Name), options, errors);
        }
    }

    private static void CheckValue(object value, string field, int maxLength, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        switch (value)
        {
            case string text:
                CheckText(text, field, maxLength, errors);
                break;
            case IDictionary:
                break;
            case decimal number when Math.Abs(number) >= Numbers:
                errors[field] = [$"“{field}”的数值应小于1万亿（10¹²） / '{field}' must be less than one trillion (10¹²) in size."];
                break;
            case DateOnly or DateTimeOffset or DateTime when !RequestDates.Allows(value):
                errors[field] = RequestDates.Error(field);
                break;
            case IEnumerable list when options.GetTypeInfo(value.GetType()).Kind == JsonTypeInfoKind.Enumerable:
                var items = list.Cast<object?>().ToList();
                if (items.Count > Items) errors[field] = [$"“{field}”最多 {Items} 项，收到 {items.Count} 项 / '{field}' holds at most {Items} entries, not {items.Count}."];
                for (var i = 0; i < items.Count && i < Items; i++)
                {
                    var entry = $"{field}[{i}]";
                    if (items[i] is { } item) CheckValue(item, entry, maxLength, options, errors);
                    else errors[entry] = [$"“{entry}”不能为 null / '{entry}' must not be null."];
                }
                break;
            default:
                CheckObject(value, field, options, errors);
                break;
        }
    }

    private static void CheckText(string text, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        if (text.Contains('\0'))
            errors[field] = [$"“{field}”含有不允许的字符 U+0000 / '{field}' contains the character U+0000, which is not allowed."];
        else if (text.Length > maxLength)
            errors[field] = [$"“{field}”最长 {maxLength} 个字符，收到 {text.Length} 个 / '{field}' holds at most {maxLength} characters, not {text.Length}."];
    }
}
