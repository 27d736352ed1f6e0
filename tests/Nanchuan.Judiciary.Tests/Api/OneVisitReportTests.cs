using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>The share filed with at most one trip, on a database of its own so the figures are exactly this scenario's.</summary>
public sealed class OneVisitReportTests(JudiciaryHost platform) : IClassFixture<JudiciaryHost>
{
    [Fact]
    public async Task The_report_shows_the_share_of_cases_filed_with_at_most_one_trip_per_month()
    {
        platform.SetTime(Time("2026-09-29 10:00"));
        await platform.FileAsync(Codes[0], visits: 0);
        await platform.FileAsync(Codes[1], visits: 1);
        await platform.FileAsync(Codes[2], visits: 3);
        platform.SetTime(Time("2026-10-09 10:00"));
        await platform.FileAsync(Codes[3], visits: 1);

        (await platform.SqlRowsAsync("select month, filed, within_one_visit, share from judiciary.one_visit_share order by month"))
            .ShouldBe(["2026-09|3|2|0.6667", "2026-10|1|1|1.0000"]);
    }
}
