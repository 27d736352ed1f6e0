using System.Globalization;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Audit;

/// <summary>
/// An instant given in a query string. A client that does not escape `+08:00` sends a space (form encoding turns '+' into
/// ' '), so a space before the offset is read as '+'. The result is UTC: PostgreSQL's timestamptz takes only offset 0.
/// </summary>
public static class QueryInstant
{
    public static DateTimeOffset Parse(string field, string raw)
    {
        var text = raw.Trim();
        // "2024-05-08T10:00:00 08:00": the offset's '+' arrived as a space.
        if (text.Length > 6 && text[^6] == ' ' && text[^3] == ':') text = string.Concat(text.AsSpan(0, text.Length - 6), "+", text.AsSpan(text.Length - 5));
        if (!DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) || !HasOffset(text))
            throw new DomainValidationException(field,
                "时间应为带时区偏移的 ISO 8601 格式，如 2024-05-08T10:00:00+08:00 / the time must be ISO 8601 with an offset, e.g. 2024-05-08T10:00:00+08:00.");
        return instant.ToUniversalTime();
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
