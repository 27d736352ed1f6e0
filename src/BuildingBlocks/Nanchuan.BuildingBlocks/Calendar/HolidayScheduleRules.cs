namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>The consistency rules of a holiday schedule; each broken rule gives a field path and a bilingual message.</summary>
internal static class HolidayScheduleRules
{
    /// <summary>Checks the lists in the order given, so that field paths point at the entries of the submitted file.</summary>
    public static Dictionary<string, string[]> Check(int year, string? notice, IReadOnlyList<HolidayPeriod> holidays, IReadOnlyList<DateOnly> makeUpWorkdays)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (year is < 1 or > 9998)
        {
            Add("year", $"年份{year}无效 / year {year} is out of range.");
            return Flatten(errors);
        }
        if (string.IsNullOrWhiteSpace(notice))
            Add("notice", "缺少通知名称 / the notice (title of the State Council notice) is required.");
        if (holidays.Count == 0)
            Add("holidays", "至少应有一个节假日 / a schedule has at least one public holiday.");

        bool InYear(DateOnly day) => day.Year == year;
        for (var i = 0; i < holidays.Count; i++)
        {
            var holiday = holidays[i];
            var field = $"holidays[{i}]";
            if (string.IsNullOrWhiteSpace(holiday.Name))
                Add($"{field}.name", "缺少节日名称 / the holiday needs a name.");
            if (!InYear(holiday.From) || !InYear(holiday.To))
                Add(field, $"{holiday.Name} {holiday.From:yyyy-MM-dd}至{holiday.To:yyyy-MM-dd}不在{year}年内 / holiday {holiday.From:yyyy-MM-dd}..{holiday.To:yyyy-MM-dd} is not inside {year}.");
            if (holiday.From > holiday.To)
                Add(field, $"{holiday.Name}的开始日期晚于结束日期 / holiday '{holiday.Name}' starts ({holiday.From:yyyy-MM-dd}) after it ends ({holiday.To:yyyy-MM-dd}).");
            if (holidays.Take(i).FirstOrDefault(other => other.From <= holiday.To && holiday.From <= other.To) is { } overlapped)
                Add(field, $"{holiday.Name}与{overlapped.Name}日期重叠 / holiday '{holiday.Name}' overlaps '{overlapped.Name}'.");
        }

        for (var i = 0; i < makeUpWorkdays.Count; i++)
        {
            var day = makeUpWorkdays[i];
            var field = $"makeUpWorkdays[{i}]";
            if (!InYear(day))
                Add(field, $"调休上班日{day:yyyy-MM-dd}不在{year}年内 / make-up workday {day:yyyy-MM-dd} is not inside {year}.");
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                Add(field, $"调休上班日{day:yyyy-MM-dd}应为周六或周日 / make-up workday {day:yyyy-MM-dd} is a {day.DayOfWeek}, not a weekend day.");
            if (ListedBefore(makeUpWorkdays, i, day))
                Add(field, $"调休上班日{day:yyyy-MM-dd}重复 / make-up workday {day:yyyy-MM-dd} is listed twice.");
            if (holidays.FirstOrDefault(h => h.Contains(day)) is { } holiday)
                Add(field, $"{day:yyyy-MM-dd}既是{holiday.Name}假日又是调休上班日 / {day:yyyy-MM-dd} is both a holiday ('{holiday.Name}') and a make-up workday.");
        }
        return Flatten(errors);
    }

    // Loops rather than LINQ over DateOnly and over the errors' key-value pairs: every start checks the shipped schedules,
    // and the JIT would compile that generic code for it each time (ADR 0252).
    private static bool ListedBefore(IReadOnlyList<DateOnly> days, int index, DateOnly day)
    {
        for (var i = 0; i < index; i++)
            if (days[i] == day) return true;
        return false;
    }

    private static Dictionary<string, string[]> Flatten(Dictionary<string, List<string>> errors)
    {
        var flat = new Dictionary<string, string[]>(errors.Count);
        foreach (var field in errors.Keys) flat[field] = [.. errors[field]];
        return flat;
    }
}
