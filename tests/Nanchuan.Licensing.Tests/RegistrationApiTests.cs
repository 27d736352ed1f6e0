using Alba;
using Marten;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Licensing.Contracts;
using Nanchuan.Licensing.Registration;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Licensing.Tests;

[Collection(LicensingCollection.Name)]
public sealed class RegistrationApiTests(LicensingHost platform)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task Accepted_at_15_00_is_watched_then_issued_with_a_valid_code_and_published()
    {
        platform.SetShanghaiTime(2024, 9, 13, 14, 30);
        var id = await platform.FileAsync("东城", "重庆南川金佛山茶业有限公司");
        platform.SetShanghaiTime(2024, 9, 13, 15, 0);

        // The warning (1 business hour before) and the overdue check are scheduled durably on the platform's deadline capability.
        IScenarioResult? acceptance = null;
        var tracked = await platform.TrackAsync(async () => acceptance = await platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));
        var accepted = await acceptance!.ReadAsJsonAsync<CompanyRegistration>();
        accepted.DueAt.ShouldBe(new DateTimeOffset(2024, 9, 14, 10, 15, 0, Shanghai)); // Saturday make-up workday
        accepted.WarnAt.ShouldBe(new DateTimeOffset(2024, 9, 14, 9, 15, 0, Shanghai));
        var set = tracked.FindSingleTrackedMessageOfType<BuildingBlocks.Oversight.DeadlineSet>();
        set.Case.ShouldBe(new BuildingBlocks.Oversight.OversightCase("Licensing", RegistrationDeadlines.Type, id, null, "区市场监管局"));
        (set.DueAt, set.WarningAt, set.Limit).ShouldBe((accepted.DueAt!.Value, accepted.WarnAt, "0.5个工作日"));

        var events = await platform.FireScheduledTimersAsync(tracked, id);
        events.OfType<RegistrationDeadlineWarned>().Single().DueAt.ShouldBe(accepted.DueAt!.Value);
        events.OfType<RegistrationOverdue>().Single().DueAt.ShouldBe(accepted.DueAt!.Value);

        platform.SetShanghaiTime(2024, 9, 18, 9, 0);
        IScenarioResult? issue = null;
        var published = await platform.Host.TrackAsync(async () => issue = await platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id)));
        var issued = await issue!.ReadAsJsonAsync<CompanyRegistration>();
        issued.Status.ShouldBe(RegistrationStatus.Issued);
        issued.WithinLimit.ShouldBe(false);
        issued.WorkingDaysTaken.ShouldBe(1.37m); // Fri 3 h + Sat 9.5 h + Wed 0.5 h = 13 h of 9.5 h days
        UnifiedSocialCreditCode.IsValid(issued.CreditCode!.Value.Value).ShouldBeTrue();

        var registered = published.FindSingleTrackedMessageOfType<CompanyRegistered>();
        registered.CreditCode.ShouldBe(issued.CreditCode!.Value);
        registered.Industry.ShouldBe("茶叶种植与加工");
        registered.ServicePoint.ShouldBe("东城");

        await platform.PostAsync($"/api/licensing/registrations/{id}/licence", 409, clerk: platform.ClerkOf(id));
        var report = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/licensing/registrations/report");
            s.As(platform, TestActors.MarketRegulator);
        })).ReadAsJsonAsync<List<ServicePointFigures>>();
        report.Count.ShouldBe(20);
        report.Single(p => p.ServicePoint == "东城").ShouldSatisfyAllConditions(
            p => p.Issued.ShouldBeGreaterThanOrEqualTo(1),
            p => p.AverageWorkingDaysToLicence.ShouldNotBeNull());
    }

    [Fact]
    public async Task Parallel_issues_get_distinct_codes_from_a_gap_free_ledger()
    {
        platform.SetShanghaiTime(2030, 3, 5, 9, 0); // deadlines in the real future: no scheduled check races the issues
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var id = await platform.FileAsync("南城", $"重庆南川并发测试{i}有限公司");
            await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));
            ids.Add(id);
        }

        var results = await Task.WhenAll(ids.Select(id => platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id))));
        var codes = await Task.WhenAll(results.Select(async r => (await r.ReadAsJsonAsync<CompanyRegistration>()).CreditCode!.Value));
        codes.Distinct().Count().ShouldBe(6);

        await using var query = platform.Store().QuerySession();
        var allocations = (await query.Events.FetchStreamAsync(OrganisationCodeLedger.StreamId)).Select(e => e.Data).OfType<OrganisationCodeAllocated>().ToList();
        allocations.Select(a => a.Sequence).ShouldBe(Enumerable.Range(1, allocations.Count).Select(n => (long)n)); // no gap, none reused
        allocations.Select(a => a.CreditCode).ShouldBe(allocations.Select(a => OrganisationCode.CreditCodeForSequence(a.Sequence)));
        codes.ShouldBeSubsetOf(allocations.Select(a => a.CreditCode));
    }

    [Fact]
    public async Task Invalid_filing_is_a_400_with_field_errors_and_writes_nothing()
    {
        await using var before = platform.Store().QuerySession();
        var count = await before.Query<CompanyRegistration>().CountAsync();
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new FileRegistration("北京", "", "李明", "地址", "", null)).ToUrl("/api/licensing/registrations");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("servicePoint");
            s.ContentShouldContain("请填写企业名称");
        });
        await using var after = platform.Store().QuerySession();
        (await after.Query<CompanyRegistration>().CountAsync()).ShouldBe(count);
    }

    [Fact]
    public async Task A_deadline_spanning_a_newly_declared_holiday_moves_with_its_reason()
    {
        // 2027 has no schedule yet: Wednesday 2027-01-06 15:00 is due Thursday 10:15 until Jan 7–8 are declared holidays.
        platform.SetShanghaiTime(2027, 1, 6, 15, 0);
        var id = await platform.FileAsync("三泉", "重庆南川节假日测试有限公司");
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));

        await platform.Host.TrackAsync(() => platform.Host.Scenario(s =>
        {
            s.Put.Json(new LoadHolidaySchedule("国务院办公厅关于2027年部分节假日安排的通知（测试）",
                [new HolidayPeriod("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 1)), new HolidayPeriod("测试假日", new DateOnly(2027, 1, 7), new DateOnly(2027, 1, 8))], [], 0)).ToUrl("/api/calendar/years/2027");
            s.As(platform, TestActors.Admin);
        }));

        await using var query = platform.Store().QuerySession();
        var moved = (await query.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<RegistrationDeadlineRecomputed>().Single();
        moved.PreviousDueAt.ShouldBe(new DateTimeOffset(2027, 1, 7, 10, 15, 0, Shanghai));
        moved.DueAt.ShouldBe(new DateTimeOffset(2027, 1, 11, 10, 15, 0, Shanghai));
        moved.Reason.ShouldContain("2027年节假日安排载入");
        (await query.LoadAsync<CompanyRegistration>(id))!.DueAt.ShouldBe(moved.DueAt);
    }

    [Fact]
    public async Task A_clerk_acts_only_at_the_clerks_own_service_point()
    {
        platform.SetShanghaiTime(2024, 9, 18, 9, 0);
        var id = await platform.FileAsync("东城", "重庆南川服务点测试有限公司");
        var otherPoint = TestActors.ClerkAt("南城");

        var refused = await platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", 403, otherPoint);
        (await refused.ReadAsTextAsync()).ShouldContain("不能办理东城服务点的业务");
        await platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", 403, TestActors.WindowClerk);
        await platform.Post(otherPoint, "/api/licensing/registrations",
            new FileRegistration("东城", "重庆南川越点测试有限公司", "李明", "重庆市南川区东城街道金佛大道1号", "茶叶种植与加工", null), 403);
        await platform.Post(otherPoint, "/api/licensing/consultations", new GiveConsultation("东城", "名称自主申报"), 403);

        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/acceptance", clerk: platform.ClerkOf(id)));
        await platform.PostAsync($"/api/licensing/registrations/{id}/licence", 403, otherPoint);
        await platform.Host.TrackAsync(() => platform.PostAsync($"/api/licensing/registrations/{id}/licence", clerk: platform.ClerkOf(id)));

        var refusals = await platform.Get(TestActors.Supervisor, "/api/audit/refusals?limit=500").Read<List<BuildingBlocks.Platform.Security.AccessRefusal>>();
        refusals.ShouldContain(r => r.ActorId == otherPoint.Id && r.Path == $"/api/licensing/registrations/{id}/licence");
    }
}
