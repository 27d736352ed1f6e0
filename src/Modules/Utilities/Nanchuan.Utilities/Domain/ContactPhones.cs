using System.Text.RegularExpressions;

namespace Nanchuan.Utilities.Domain;

/// <summary>A sanity check of Chinese phone numbers as people write them (the same rule the Grievances module applies to its requests).</summary>
public static partial class ContactPhones
{
    /// <summary>Mobile (<c>13812345678</c>, <c>+86 138 1234 5678</c>) or landline (<c>023-71992345</c>, <c>71992345</c>); spaces, hyphens and brackets are ignored.</summary>
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

    [GeneratedRegex(@"^(?:0\d{9,11}|[2-9]\d{6,7})$")]
    private static partial Regex Landline();
}
