using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Tests.Calendar;

/// <summary>A bad schedule file is rejected with a field path and a bilingual message, and never half-loaded.</summary>
public class HolidayScheduleFileTests
{
    private const string ValidHolidays = """[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}]""";

    private static string File(string year = "2027", string notice = "\"测试通知\"", string holidays = ValidHolidays, string makeUp = "[\"2027-02-20\"]") =>
        $$"""{"year":{{year}},"notice":{{notice}},"holidays":{{holidays}},"makeUpWorkdays":{{makeUp}}}""";

    private static DomainValidationException Rejected(string json) =>
        Should.Throw<DomainValidationException>(() => HolidayScheduleFile.Parse(json));

    [Fact]
    public void A_valid_file_is_parsed()
    {
        var schedule = HolidayScheduleFile.Parse(File());

        schedule.Year.ShouldBe(2027);
        schedule.Notice.ShouldBe("测试通知");
        schedule.Holidays.ShouldBe([new HolidayPeriod("元旦", new(2027, 1, 1), new(2027, 1, 3))]);
        schedule.MakeUpWorkdays.ShouldBe([new DateOnly(2027, 2, 20)]);
    }

    [Fact]
    public void Lists_are_kept_in_date_order()
    {
        var schedule = HolidayScheduleFile.Parse(File(
            holidays: """[{"name":"B","from":"2027-05-01","to":"2027-05-03"},{"name":"A","from":"2027-01-01","to":"2027-01-01"}]""",
            makeUp: """["2027-05-08","2027-02-20"]"""));

        schedule.Holidays.Select(h => h.Name).ShouldBe(["A", "B"]);
        schedule.MakeUpWorkdays.ShouldBe([new DateOnly(2027, 2, 20), new DateOnly(2027, 5, 8)]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"year\":2027,")]
    [InlineData("""{"year":2027,"notice":"x","holidays":[],"makeUpWorkday":["2027-02-20"]}""")]
    [InlineData("""{"year":"MMXXVII","notice":"x","holidays":[],"makeUpWorkdays":[]}""")]
    [InlineData("""{"year":2027,"notice":"x","holidays":[{"name":"元旦","from":"2027-13-01","to":"2027-01-01"}],"makeUpWorkdays":[]}""")]
    [InlineData("")]
    [InlineData("""{"year":2027,"notice":"x","holidays":[],"makeUpWorkdays":[]} x""")]
    [InlineData("""{"year":2027.5,"notice":"x","holidays":[],"makeUpWorkdays":[]}""")]
    [InlineData("""{"year":2027,"notice":7,"holidays":[],"makeUpWorkdays":[]}""")]
    [InlineData("""{"year":2027,"notice":"x","holidays":["元旦"],"makeUpWorkdays":[]}""")]
    [InlineData("""{"year":2027,"notice":"x","holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-01","days":1}],"makeUpWorkdays":[]}""")]
    [InlineData("""{"year":2027,"notice":"x","holidays":[],"makeUpWorkdays":[null]}""")]
    [InlineData("""{"year":2027,"notice":"x","holidays":[],"makeUpWorkdays":"2027-02-20"}""")]
    public void Malformed_json_is_rejected(string json)
    {
        var error = Rejected(json);
        error.Errors.Keys.ShouldBe(["file"]);
        error.Errors["file"][0].ShouldStartWith("节假日安排文件格式错误 / the holiday schedule file is not valid");
    }

    [Fact]
    public void Member_names_are_read_in_any_case_and_the_year_also_from_text()
    {
        var schedule = HolidayScheduleFile.Parse(
            """{"Year":"2027","NOTICE":"测试通知","holidays":[{"Name":"元旦","From":"2027-01-01","TO":"2027-01-03"}],"MakeUpWorkdays":["2027-02-20"]}""");

        schedule.Year.ShouldBe(2027);
        schedule.Notice.ShouldBe("测试通知");
        schedule.Holidays.ShouldBe([new HolidayPeriod("元旦", new(2027, 1, 1), new(2027, 1, 3))]);
        schedule.MakeUpWorkdays.ShouldBe([new DateOnly(2027, 2, 20)]);
    }

    [Fact]
    public void A_null_holiday_is_named_as_an_entry_without_its_dates()
    {
        Rejected(File(holidays: """[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"},null]""")).Errors.Keys.ShouldBe(["holidays[1]"]);
    }

    [Fact]
    public void Null_is_rejected_as_empty()
    {
        Rejected("null").Errors["file"][0].ShouldContain("is empty");
    }

    [Fact]
    public void Missing_members_are_named()
    {
        var error = Rejected("""{"notice":"x","holidays":[{"name":"元旦"}]}""");
        error.Errors.Keys.ShouldBe(["year", "holidays[0]", "makeUpWorkdays"], ignoreOrder: true);
        error.Errors["year"][0].ShouldBe("缺少年份 / 'year' is required.");
    }

    [Theory]
    [InlineData("2027", "\"\"", ValidHolidays, "[]", "notice", "notice (title of the State Council notice) is required")]
    [InlineData("2027", "\"x\"", "[]", "[]", "holidays", "at least one public holiday")]
    [InlineData("2027", "\"x\"", """[{"name":"元旦","from":"2027-01-03","to":"2027-01-01"}]""", "[]", "holidays[0]", "starts (2027-01-03) after it ends (2027-01-01)")]
    [InlineData("2027", "\"x\"", """[{"name":"元旦","from":"2026-12-31","to":"2027-01-01"}]""", "[]", "holidays[0]", "is not inside 2027")]
    [InlineData("2027", "\"x\"", """[{"name":"","from":"2027-01-01","to":"2027-01-01"}]""", "[]", "holidays[0].name", "needs a name")]
    [InlineData("2027", "\"x\"", """[{"name":"A","from":"2027-01-01","to":"2027-01-03"},{"name":"B","from":"2027-01-03","to":"2027-01-04"}]""", "[]", "holidays[1]", "'B' overlaps 'A'")]
    [InlineData("2027", "\"x\"", ValidHolidays, "[\"2028-01-08\"]", "makeUpWorkdays[0]", "is not inside 2027")]
    [InlineData("2027", "\"x\"", ValidHolidays, "[\"2027-02-22\"]", "makeUpWorkdays[0]", "2027-02-22 is a Monday, not a weekend day")]
    [InlineData("2027", "\"x\"", ValidHolidays, "[\"2027-02-20\",\"2027-02-20\"]", "makeUpWorkdays[1]", "listed twice")]
    [InlineData("2027", "\"x\"", ValidHolidays, "[\"2027-01-02\"]", "makeUpWorkdays[0]", "2027-01-02 is both a holiday ('元旦') and a make-up workday")]
    [InlineData("0", "\"x\"", ValidHolidays, "[]", "year", "year 0 is out of range")]
    public void Inconsistent_schedules_are_rejected_with_the_offending_entry(string year, string notice, string holidays, string makeUp, string field, string english)
    {
        var error = Rejected(File(year, notice, holidays, makeUp));

        error.Errors.Keys.ShouldContain(field);
        error.Errors[field].ShouldContain(message => message.Contains(english) && message.Contains(" / "));
        error.Message.ShouldContain(english);
    }

    [Fact]
    public void Both_languages_are_in_the_message()
    {
        var error = Rejected(File(makeUp: "[\"2027-01-02\"]"));
        error.Errors["makeUpWorkdays[0]"].ShouldBe(["2027-01-02既是元旦假日又是调休上班日 / 2027-01-02 is both a holiday ('元旦') and a make-up workday."]);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Rejected(File(notice: "\" \"", makeUp: "[\"2027-01-02\",\"2027-02-22\"]"));
        error.Errors.Keys.ShouldBe(["notice", "makeUpWorkdays[0]", "makeUpWorkdays[1]"], ignoreOrder: true);
    }

    [Fact]
    public void A_rejected_schedule_leaves_the_calendar_unchanged()
    {
        var calendar = WorkingDayCalendar.WithShippedSchedules();
        Should.Throw<DomainValidationException>(() => calendar.Load(HolidayScheduleFile.Parse(File(makeUp: "[\"2027-01-02\"]"))));
        calendar.LoadedYears.ShouldBe([2024, 2025, 2026]);
    }

    [Fact]
    public void Schedules_built_in_code_are_validated_too()
    {
        Should.Throw<DomainValidationException>(() => new HolidaySchedule(2027, "x", [new HolidayPeriod("元旦", new(2027, 1, 2), new(2027, 1, 1))], []));
    }
}
