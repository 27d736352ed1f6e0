using System.Globalization;
using System.Text.RegularExpressions;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 交办单编号: the number of an assignment slip (企业诉求交办单), like the seed's <c>ncqhww2024-01</c>:
/// <c>ncqhww{year}-{sequence}</c>, the sequence per year written with at least two digits.
/// Allocating the sequence (no gap, never reused) is the persistence layer's job; this only formats and parses.
/// </summary>
public readonly partial record struct AssignmentSlipNumber
{
    private const string Prefix = "ncqhww";

    public AssignmentSlipNumber(int year, int sequence)
    {
        if (year is < 2000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "A slip year has four digits.");
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "Slip sequences start at 1.");
        Year = year;
        Sequence = sequence;
    }

    public int Year { get; }
    public int Sequence { get; }

    public override string ToString() => Format(Year, Sequence);

    /// <summary><c>Format(2024, 1)</c> → <c>ncqhww2024-01</c>; <c>Format(2024, 100)</c> → <c>ncqhww2024-100</c>.</summary>
    public static string Format(int year, int sequence)
    {
        var number = new AssignmentSlipNumber(year, sequence);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{number.Year}-{number.Sequence:00}");
    }

    public static AssignmentSlipNumber Parse(string? text) =>
        TryParse(text, out var number)
            ? number
            : throw new FormatException($"交办单编号格式应为 ncqhww年份-序号 / a slip number looks like ncqhww2024-01 (got '{text}').");

    /// <summary>Accepts only the canonical form (any letter case): <c>ncqhww2024-1</c> and <c>ncqhww2024-001</c> are refused.</summary>
    public static bool TryParse(string? text, out AssignmentSlipNumber number)
    {
        number = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!int.TryParse(match.Groups["sequence"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1) return false;
        var candidate = new AssignmentSlipNumber(year, sequence);
        if (!string.Equals(candidate.ToString(), text!.Trim(), StringComparison.OrdinalIgnoreCase)) return false;
        number = candidate;
        return true;
    }

    [GeneratedRegex(@"^ncqhww(?<year>[2-9]\d{3})-(?<sequence>\d{2,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
