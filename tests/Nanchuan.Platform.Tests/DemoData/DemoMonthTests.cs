using Microsoft.AspNetCore.Hosting;
using Nanchuan.DemoData.Seeding;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests.DemoData;

/// <summary>The platform on a fresh database of its own with the seed clock the `seed` command's host has.</summary>
public sealed class DemoMonthHost : PlatformHost
{
    internal SeedClock Clock { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder) => builder.UseClock(Clock);
}

/// <summary>
/// `seed demo-month` (ADR 0099) on a fresh database: a month ending on Fri 2026-10-16 18:00, so the National Day holiday
/// (2026-10-01..07) lies in it and every deadline runs on the real calendar. One run, several facts about what it left.
/// </summary>
public sealed class DemoMonthTests(DemoMonthHost platform) : IClassFixture<DemoMonthHost>
{
    private static readonly DemoMonthOptions Options = new(20261016, new DateTimeOffset(2026, 10, 16, 18, 0, 0, TimeSpan.FromHours(8)));

    private static readonly string[] Modules = ["Grievances", "Licensing", "LandUse", "Utilities", "Enforcement", "Procurement", "Incentives", "Judiciary", "Awards"];

    [Fact]
    public async Task A_month_fills_every_module_with_open_overdue_and_closed_cases_and_is_written_once()
    {
        using var http = platform.Server.CreateClient();
        var result = await DemoMonth.RunAsync(platform.Host, http, Options, TextWriter.Null, CancellationToken.None);
        result.Steps.ShouldBeGreaterThan(150);
        result.TimersDelivered.ShouldBeGreaterThan(0);

        // Every module has cases, each filed on the oversight side from its contract events.
        var modules = await platform.SqlRowsAsync("select distinct module from oversight.case_rows");
        modules.ShouldBe(Modules, ignoreOrder: true);
        // Some closed, some open; deadlines met and gone overdue in several modules; ratings given.
        (await Count("select count(*) from oversight.case_rows where closed_at is not null")).ShouldBeGreaterThan(5);
        (await Count("select count(*) from oversight.case_rows where closed_at is null")).ShouldBeGreaterThan(5);
        (await Count("select count(distinct module) from oversight.deadline_rows where overdue")).ShouldBeGreaterThanOrEqualTo(4);
        (await Count("select count(*) from oversight.deadline_rows where on_time")).ShouldBeGreaterThan(5);
        (await Count("select count(*) from events.mt_events where type in ('service_rated', 'grievance_rated_by_enterprise') and headers ->> 'role' = 'Enterprise'")).ShouldBeGreaterThan(0);
        // The month's own moments: no event stamped by the seed clock falls after the month's end.
        (await Count("select count(*) from oversight.deadline_rows where met_at > '2026-10-16T10:00:00Z'")).ShouldBe(0);

        // The monthly report counts exactly the assignments and closures the month made (its refresh runs in batches: waited for).
        await Waits.UntilAsync(async () =>
            await Count("select coalesce(sum(assigned_count), 0) from grievances.monthly_report where handling_unit_id = ''")
            == await Count("select count(*) from events.mt_events where type like 'grievance_assigned%'")
            && await Count("select coalesce(sum(closed_count), 0) from grievances.monthly_report where handling_unit_id = ''")
            == await Count("select count(*) from events.mt_events where type = 'grievance_closed'"),
            "the monthly report's assignments and closures equal the month's events");
        (await Count("select count(*) from events.mt_events where type = 'grievance_closed'")).ShouldBeGreaterThan(0);

        // The catalogue's items reach the oversight figures (filed from their contract messages: waited for): 时限压缩 for
        // the six district departments and the two towns that list items at the month's start.
        await Waits.UntilAsync(async () => await Count("select count(*) from oversight.compression_figures where module = 'Licensing'") == 7,
            "Licensing's compression figures of its seven departments and towns");
        (await Count("select items from oversight.compression_figures where department = '区住房城乡建委'")).ShouldBe(2);
        (await Count("select count(*) from oversight.compression_figures where department like '%镇人民政府'")).ShouldBe(2);

        // Written once: a second run on the same database is refused, and writes nothing.
        var events = await Count("select count(*) from events.mt_events");
        await Should.ThrowAsync<DemoMonthRefusedException>(() => DemoMonth.RunAsync(platform.Host, http, Options, TextWriter.Null, CancellationToken.None));
        (await Count("select count(*) from events.mt_events")).ShouldBe(events);
    }

    private async Task<long> Count(string sql) => long.Parse((await platform.SqlRowsAsync(sql)).Single(), System.Globalization.CultureInfo.InvariantCulture);
}
