using System.Globalization;
using System.Text.RegularExpressions;

namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>A calendar quarter in Beijing time, written "2025Q2" in routes, events and reports (Enforcement's plans, Procurement's performance checks).</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateTimeOffset instant)
    {
        var day = BeijingTime.DayOf(instant);
        return new Quarter(day.Year, (day.Month - 1) / 3 + 1);
    }

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true }) return false;
        quarter = new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The quarter's months, yyyy-MM; the first is when its plan is made (每季度首月).</summary>
    public IReadOnlyList<string> Months
    {
        get
        {
            var (year, first) = (Year, (Number - 1) * 3 + 1);
            return [.. Enumerable.Range(0, 3).Select(i => $"{year:D4}-{first + i:D2}")];
        }
    }

    public override string ToString() => $"{Year}Q{Number}";

    public string ToChinese() => $"{Year}年第{Number}季度";

    [GeneratedRegex(@"^(\d{4})Q([1-4])$")]
    private static partial Regex Pattern();
}
