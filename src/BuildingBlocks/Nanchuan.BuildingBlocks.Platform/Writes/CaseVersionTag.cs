using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>A case's stream version as an HTTP entity tag: version 4 is <c>"4"</c> (a strong tag, RFC 9110 §8.8.3).</summary>
public static class CaseVersionTag
{
    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Reads one strong tag holding a stream version (1 or more). A weak tag, a list, <c>*</c> or anything else is refused:
    /// a write is checked against exactly one version.
    /// </summary>
    public static bool TryParse(StringValues header, out long version)
    {
        version = 0;
        if (header.Count != 1 || header[0] is not { } value) return false;
        value = value.Trim();
        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
               && long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out version)
               && version >= 1;
    }
}
