namespace Nanchuan.Licensing.Reports;

/// <summary>Report periods: Asia/Shanghai dates, both ends inclusive, at most 366 days.</summary>
public static class DateRange
{
    public const int MaxDays = 366;

    public static void Validate(DateOnly? from, DateOnly? to, bool required)
    {
        var errors = new Dictionary<string, string[]>();
        if (required && from is null) errors["from"] = ["请填写起始日期 / the start date is required."];
        if (required && to is null) errors["to"] = ["请填写截止日期 / the end date is required."];
        if (from is { } f && to is { } t)
        {
            if (t < f) errors["to"] = ["截止日期不得早于起始日期 / the end date is before the start date."];
            else if (t.DayNumber - f.DayNumber + 1 > MaxDays) errors["to"] = [$"查询区间不超过{MaxDays}天 / a period has at most {MaxDays} days."];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    public static bool Contains(DateOnly? from, DateOnly? to, DateOnly day) => (from is null || day >= from) && (to is null || day <= to);
}
