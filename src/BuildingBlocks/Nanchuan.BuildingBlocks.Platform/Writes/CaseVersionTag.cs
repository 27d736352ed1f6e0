using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>
/// A case's stream version as an HTTP entity tag: version 4 is <c>"4"</c> (a strong tag, RFC 9110 §8.8.3). A case read
/// adds what else changes its answer at the same version (ADR 0128): <c>"4.1"</c> after one erasure of personal data,
/// <c>"4-masked"</c> for a masked representation, <c>"4.1-masked"</c> for both.
/// </summary>
public static partial class CaseVersionTag
{
    /// <summary>The pattern of a tag, as the OpenAPI document states it.</summary>
    public const string Pattern = "^\"([1-9][0-9]*)(\\.[1-9][0-9]*)?(-[a-z]+)?\"$";

    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>A case read's tag: the version, then <c>.erasures</c> when there were any, then <c>-representation</c> when given.</summary>
    public static string Format(long version, int erasures, string? representation) =>
        "\"" + version.ToString(CultureInfo.InvariantCulture)
             + (erasures > 0 ? "." + erasures.ToString(CultureInfo.InvariantCulture) : "")
             + (representation is null ? "" : "-" + representation) + "\"";

    /// <summary>
    /// Reads one strong tag holding a stream version (1 or more), as a write or a read answered it. A weak tag, a list,
    /// <c>*</c> or anything else is refused: a write is checked against exactly one version.
    /// </summary>
    public static bool TryParse(StringValues header, out long version)
    {
        version = 0;
        if (header.Count != 1 || header[0] is not { } value) return false;
        var match = Tag().Match(value.Trim());
        return match.Success && long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex Tag();
}
