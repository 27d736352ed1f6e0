using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>The shipped files hold exactly the State Council schedules listed in platform rule 3.</summary>
public class ShippedScheduleTests
{
    private readonly IWorkingDayCalendar _calendar = ShippedCalendar.Instance;

    private static readonly string[] MakeUpWorkdayList =
    [
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    private static readonly (string From, string To, string Name)[] HolidayList =
    [
        ("2024-01-01", "2024-01-01", "元旦"), ("2024-02-10", "2024-02-17", "春节"), ("2024-04-04", "2024-04-06", "清明节"),
        ("2024-05-01", "2024-05-05", "劳动节"), ("2024-06-10", "2024-06-10", "端午节"), ("2024-09-15", "2024-09-17", "中秋节"),
        ("2024-10-01", "2024-10-07", "国庆节"),
        ("2025-01-01", "2025-01-01", "元旦"), ("2025-01-28", "2025-02-04", "春节"), ("2025-04-04", "2025-04-06", "清明节"),
        ("2025-05-01", "2025-05-05", "劳动节"), ("2025-05-31", "2025-06-02", "端午节"), ("2025-10-01", "2025-10-08", "国庆节、中秋节"),
        ("2026-01-01", "2026-01-03", "元旦"), ("2026-02-15", "2026-02-23", "春节"), ("2026-04-04", "2026-04-06", "清明节"),
        ("2026-05-01", "2026-05-05", "劳动节"), ("2026-06-19", "2026-06-21", "端午节"), ("2026-09-25", "2026-09-27", "中秋节"),
        ("2026-10-01", "2026-10-07", "国庆节"),
    ];

    public static TheoryData<string> MakeUpWorkdays => new(MakeUpWorkdayList);

    public static TheoryData<string, string, string> Holidays
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (from, to, name) in HolidayList) data.Add(from, to, name);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MakeUpWorkdays))]
    public void Every_make_up_workday_is_a_working_weekend_day(string day)
    {
        var info = _calendar.DescribeDay(Beijing.Day(day));
        info.Day.DayOfWeek.ShouldBeOneOf(DayOfWeek.Saturday, DayOfWeek.Sunday);
        info.Kind.ShouldBe(DayKind.MakeUpWorkday);
        info.IsWorkingDay.ShouldBeTrue();
        _calendar.IsWorkingDay(info.Day).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Holidays))]
    public void Every_day_of_every_holiday_is_off(string from, string to, string name)
    {
        for (var day = Beijing.Day(from); day <= Beijing.Day(to); day = day.AddDays(1))
        {
            var info = _calendar.DescribeDay(day);
            info.Kind.ShouldBe(DayKind.PublicHoliday, $"{day:yyyy-MM-dd}");
            info.Holiday!.Name.ShouldBe(name);
            _calendar.IsWorkingDay(day).ShouldBeFalse($"{day:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_other_day_follows_the_week(int year)
    {
        var special = MakeUpWorkdayList.Select(Beijing.Day).ToHashSet();
        foreach (var (from, to, _) in HolidayList)
            for (var day = Beijing.Day(from); day <= Beijing.Day(to); day = day.AddDays(1)) special.Add(day);

        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (special.Contains(day)) continue;
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            _calendar.IsWorkingDay(day).ShouldBe(!weekend, $"{day:yyyy-MM-dd}");
            _calendar.DescribeDay(day).Kind.ShouldBe(weekend ? DayKind.Weekend : DayKind.Workday);
        }
    }

    [Fact]
    public void Shipped_files_hold_exactly_the_listed_holidays_and_make_up_workdays()
    {
        var shipped = HolidayScheduleFile.LoadShipped();
        shipped.SelectMany(s => s.Holidays).Select(h => (h.From.ToString("yyyy-MM-dd"), h.To.ToString("yyyy-MM-dd"), h.Name)).ShouldBe(HolidayList);
        shipped.SelectMany(s => s.MakeUpWorkdays).Select(d => d.ToString("yyyy-MM-dd")).ShouldBe(MakeUpWorkdayList);
    }

    [Fact]
    public void Shipped_years_are_2024_to_2026_with_their_notices()
    {
        _calendar.LoadedYears.ShouldBe([2024, 2025, 2026]);
        _calendar.ScheduleFor(2024)!.Notice.ShouldContain("国办发明电〔2023〕7号");
        _calendar.ScheduleFor(2026)!.Notice.ShouldContain("2026年部分节假日安排");
        _calendar.ScheduleFor(2027).ShouldBeNull();
    }

    [Theory]
    [InlineData(2024, 7, 8)]
    [InlineData(2025, 6, 5)]
    [InlineData(2026, 7, 6)]
    public void Shipped_schedules_have_the_expected_number_of_entries(int year, int holidays, int makeUpWorkdays)
    {
        var schedule = HolidayScheduleFile.LoadShipped().Single(s => s.Year == year);
        schedule.Holidays.Count.ShouldBe(holidays);
        schedule.MakeUpWorkdays.Count.ShouldBe(makeUpWorkdays);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void The_copies_next_to_the_assembly_match_the_embedded_schedules(int year)
    {
        var onDisk = HolidayScheduleFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Holidays", $"{year}.json")));
        var embedded = HolidayScheduleFile.LoadShipped().Single(s => s.Year == year);
        onDisk.Holidays.ShouldBe(embedded.Holidays);
        onDisk.MakeUpWorkdays.ShouldBe(embedded.MakeUpWorkdays);
        onDisk.Notice.ShouldBe(embedded.Notice);
    }
}
