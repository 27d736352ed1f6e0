using Microsoft.AspNetCore.Mvc;
using Nanchuan.Awards.Submitting;
using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>
/// An entry cites a KPI of another module as a snapshot (spec's cross-module flows): the server reads the figure from that module's
/// report table when the entry is submitted and keeps it, with the table and row it came from, whatever the table says later.
/// </summary>
[Collection(AwardsCollection.Name)]
public sealed class KpiCitationTests(AwardsHost platform)
{
    private static CitationBody HallVisitors(string day, decimal? figure = null, string department = "") =>
        new("Licensing", null, figure, null, null, null, "hall_daily_figures", "visitors", new Dictionary<string, string> { ["day"] = day, ["department"] = department });

    [Fact]
    public async Task A_cited_report_figure_is_read_by_the_server_and_stays_as_it_was_when_cited()
    {
        const string HallDay = "2034-10-09";
        platform.SetTime(Time("2034-10-09 17:00"));
        await CountVisitorsAsync(HallDay, 7);
        await platform.OpenAsync(2034);

        var entered = await platform.Post(Office, Contest(2034) + "/entries", EntryBy("U01") with { Citations = [HallVisitors(HallDay, figure: 7)] }, 201)
            .Read<EntrySubmittedResponse>();
        platform.SetTime(Time("2034-11-05 09:00"));
        await CountVisitorsAsync(HallDay, 5);

        var citation = (await platform.ContestAsync(2034)).EntryOf(entered.EntryId)!.Citations.ShouldHaveSingleItem();
        citation.ShouldSatisfyAllConditions(
            c => c.Module.ShouldBe("Licensing"), c => c.Indicator.ShouldBe("政务服务大厅每日数据·接待人次"), c => c.Figure.ShouldBe(7m),
            c => c.Period.ShouldBe(HallDay), c => c.Source.ShouldBe($"licensing.hall_daily_figures?day={HallDay}&department="),
            c => c.Table.ShouldBe("hall_daily_figures"), c => c.Column.ShouldBe("visitors"),
            c => c.Row!.ShouldBe(new Dictionary<string, string> { ["day"] = HallDay, ["department"] = "" }),
            c => c.CitedAt.ShouldBe(Time("2034-11-04 10:00")));
    }

    [Fact]
    public async Task A_broken_reference_a_wrong_figure_a_missing_row_or_a_reader_without_the_report_writes_nothing()
    {
        const string Day = "2034-10-10";
        platform.SetTime(Time("2034-10-10 17:00"));
        await CountVisitorsAsync(Day, 3);
        await platform.OpenAsync(2035);
        var before = await platform.EventCountAsync();

        var broken = await platform.Post(Office, Contest(2035) + "/entries", EntryBy("U01") with
        {
            Citations =
            [
                HallVisitors(Day) with { Module = "Weather" },
                HallVisitors(Day) with { Table = "hall_visit_rows" },
                HallVisitors(Day) with { Column = "department" },
                HallVisitors(Day) with { Row = new Dictionary<string, string> { ["day"] = "9 October", ["shift"] = "am" } },
                HallVisitors(Day) with { Indicator = "来访" },
                new("Licensing", "来访", 3, null, "2034-10", "大厅", null, "visitors", null),
            ],
        }, 400).Read<ValidationProblemDetails>();
        broken.Errors.Keys.Order().ShouldBe(["citations[0].module", "citations[1].table", "citations[2].column", "citations[3].row.day", "citations[3].row.department",
            "citations[3].row.shift", "citations[4].indicator", "citations[5].table"]);

        var wrong = await platform.Post(Office, Contest(2035) + "/entries", EntryBy("U01") with { Citations = [HallVisitors(Day, figure: 30)] }, 400).Read<ValidationProblemDetails>();
        wrong.Errors["citations[0].figure"].ShouldHaveSingleItem().ShouldContain("3");
        (await platform.Post(Office, Contest(2035) + "/entries", EntryBy("U01") with { Citations = [HallVisitors(Day, department: "区气象局")] }, 400)
            .Read<ValidationProblemDetails>()).Errors.Keys.ShouldBe(["citations[0].row"]);
        await platform.Post(EnterpriseUser("91500119MA5U8XRB98"), Contest(2035) + "/entries",
            EntryBy("U01") with { EntrantKind = EntrantKind.Enterprise, Unit = null, Citations = [HallVisitors(Day)] }, 403);

        (await platform.EventCountAsync()).ShouldBe(before);
    }

    private Task CountVisitorsAsync(string day, int visitors) =>
        platform.Post(TestActors.WindowClerk, "/api/licensing/hall/visitors", new { day, department = (string?)null, visitors, note = "咨询" }, 200);
}
