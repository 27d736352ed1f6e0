using System.Text.RegularExpressions;

namespace Nanchuan.BuildingBlocks.Contacts;

/// <summary>A sanity check of Chinese phone numbers as people write them, not a carrier lookup; one rule for every module.</summary>
public static partial class PhoneNumbers
{
    /// <summary>
    /// Mobile (<c>13812345678</c>, <c>+86 138 1234 5678</c>), landline with area code (<c>023-71992345</c>,
    /// <c>(023)71992345</c>) or local landline (<c>71992345</c>); spaces, hyphens and brackets are ignored.
    /// </summary>
    public static bool IsPlausible(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var digits = Separators().Replace(text.Trim(), "");
        return Mobile().IsMatch(digits) || Landline().IsMatch(digits);
    }

    [GeneratedRegex(@"[\s\-()（）]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:\+?86)?1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    /// <summary>0 + 2–3 digit area code + 7–8 digit number, or a 7–8 digit local number (no leading 0 or 1).</summary>
    [GeneratedRegex(@"^(?:0\d{9,11}|[2-9]\d{6,7})$")]
    private static partial Regex Landline();
}
