using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Oversight.Cases;
using Nanchuan.Oversight.Enterprises;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// A Grievances request through its whole loop, read on the oversight API: listed overdue with its working days over (the 2024
/// Mid-Autumn holiday and its make-up Saturday counted), met late, closed; the enterprise thread, the case page and the figures.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class GrievanceThroughOversightTests(OversightHost platform)
{
    private static readonly Actor Enterprise = Enterprise("91500101MA5U8XRB95", "重庆南川甲科技有限公司");

    [Fact]
    public async Task An_overdue_request_is_listed_with_working_days_over_met_late_closed_and_threaded()
    {
        // Received Mon 2024-09-02 10:00, assigned 10:30 as a simple problem: due Wed 2024-09-04 18:00, overdue the next morning.
        platform.SetTime(At(2024, 9, 2, 10, 0));
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(Enterprise));
        platform.SetTime(At(2024, 9, 2, 10, 30));
        await platform.Tracked(() => platform.AssignGrievance(id));
        platform.SetTime(At(2024, 9, 5, 9, 0));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(GrievanceDeadlines.Type, id, "Handling", At(2024, 9, 4, 18, 0)));

        // Wed 2024-09-18 18:00: Sep 5, 6, 9-13, the make-up Saturday Sep 14 and Sep 18 are working days; Sep 16-17 are the holiday.
        platform.SetTime(At(2024, 9, 18, 18, 0));
        var overdue = (await platform.Deadlines(TestActors.BusinessOffice, "state=overdue&module=Grievances&limit=200")).Items.Single(d => d.CaseId == id);
        overdue.ShouldSatisfyAllConditions(
            () => overdue.Deadline.ShouldBe("Handling"), () => overdue.Department.ShouldBe("区市场监管局"), () => overdue.CreditCode.ShouldBe(Enterprise.CreditCode),
            () => overdue.Module.ShouldBe("Grievances"), () => overdue.CaseType.ShouldBe("grievance"), () => overdue.Limit.ShouldBe("2个工作日"),
            () => overdue.DueAt.ShouldBe(At(2024, 9, 4, 18, 0)), () => overdue.Overdue.ShouldBeTrue(), () => overdue.WorkingDaysOver.ShouldBe(9m));
        (await platform.Deadlines(TestActors.MarketRegulator, "state=overdue")).Items.ShouldContain(d => d.CaseId == id);
        (await platform.Deadlines(TestActors.Planner, "state=overdue")).Items.ShouldNotContain(d => d.CaseId == id);
        (await platform.Deadlines(TestActors.BusinessOffice, "state=due-soon&limit=200")).Items.ShouldNotContain(d => d.CaseId == id);

        await platform.Tracked(() => platform.ReportGrievance(id, At(2024, 9, 18, 17, 0)));
        (await platform.Deadlines(TestActors.BusinessOffice, "state=overdue&limit=200")).Items.ShouldNotContain(d => d.CaseId == id);
        platform.SetTime(At(2024, 9, 19, 10, 0));
        await platform.Tracked(() => platform.CloseGrievance(id));

        var thread = await platform.Thread(Enterprise, Enterprise.CreditCode!);
        thread.Entries.Select(e => $"{e.Kind}:{e.Deadline}").ShouldBe([
            "closed:", "deadlineMet:Handling", "deadlineOverdue:Handling", "deadlineSet:Handling", "numbered:", "deadlineMet:Assignment", "deadlineSet:Assignment",
            "opened:"]);
        thread.Entries.ShouldAllBe(e => e.CaseId == id && e.Module == "Grievances");
        thread.Entries.Single(e => e.Kind == "deadlineOverdue").Summary.ShouldBe("超期：Handling应于2024-09-04 18:00前完成（区市场监管局）");
        thread.Cases.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.CaseId.ShouldBe(id), c => c.Outcome.ShouldBe("已销号"), c => c.OnTime.ShouldBe(false), c => c.Department.ShouldBe("区营商办"));
        thread.RunningDeadlines.ShouldBeEmpty();
        thread.NextCursor.ShouldBeNull();

        // One fact a page (ADR 0181): the same facts in the same order, those of one instant (the assignment's) split across pages
        // included; each page has its fact's case. The Link header names the next page.
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var one = await platform.Thread(Enterprise, Enterprise.CreditCode!, "limit=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            one.Cases.ShouldHaveSingleItem().CaseId.ShouldBe(id);
            paged.AddRange(one.Entries.Select(e => $"{e.Kind}:{e.Deadline}"));
            cursor = one.NextCursor;
        } while (cursor is not null);
        paged.ShouldBe(thread.Entries.Select(e => $"{e.Kind}:{e.Deadline}"));
        var threadPath = $"{Route}/enterprises/{Enterprise.CreditCode}/thread";
        var firstThree = await platform.Host.Get(Enterprise, $"{threadPath}?limit=3");
        var next = (await firstThree.ReadAsJsonAsync<EnterpriseThread>())!.NextCursor;
        firstThree.Context.Response.Headers.Link.ToString().ShouldBe($"<{threadPath}?limit=3&cursor={next}>; rel=\"next\"");

        var page = await platform.Host.Get(TestActors.MarketRegulator, $"{Route}/cases/{id}").Read<OversightCasePage>();
        page.Deadlines.Select(d => (d.Deadline, d.OnTime, d.WorkingDaysOver)).ShouldBe([("Assignment", true, null), ("Handling", false, 9m)]);
        page.Entries.Count.ShouldBe(8);
        page.History!.Events.ShouldNotBeEmpty();
        page.History.Events.ShouldAllBe(e => e.Summary.Length > 0 && e.Actor.Role != null);
        var first = await platform.Host.Get(TestActors.MarketRegulator, $"{Route}/cases/{id}/state?version=1").Read<StreamStateAsOf>();
        first.AsOfVersion.ShouldBe(1);

        (await platform.SqlRowsAsync("select opened, closed, closed_share, closed_with_deadlines, closed_on_time, on_time_share from oversight.case_figures " +
            "where module = 'Grievances' and month = '2024-09' and department = '区营商办'")).ShouldBe(["1|1|1.0000|1|0|0.0000"]);
        (await platform.SqlRowsAsync("select department, deadlines, met, met_on_time, overdue, still_overdue from oversight.deadline_figures " +
            "where module = 'Grievances' and month = '2024-09' order by department")).ShouldBe(["区市场监管局|1|1|0|1|0", "区营商办|1|1|1|0|0"]);
    }

    [Fact]
    public async Task Readers_outside_the_case_are_refused_with_a_reason()
    {
        platform.SetTime(At(2024, 11, 4, 10, 0));
        var other = Enterprise("91500102MA5U8XRB9K", "重庆南川乙科技有限公司");
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(other));

        var refused = await platform.Host.Get(Enterprise, $"{Route}/enterprises/{other.CreditCode}/thread", 403).Read<ProblemDetails>();
        refused.Detail!.ShouldContain("企业只能查看本企业的全景");
        await platform.Host.Get(Enterprise, $"{Route}/deadlines", 403);
        await platform.Host.Get(TestActors.Admin, $"{Route}/deadlines", 403);
        await platform.Host.Get(TestActors.Planner, $"{Route}/deadlines?department=区营商办", 403);
        (await platform.Host.Get(TestActors.Planner, $"{Route}/cases/{id}", 403).Read<ProblemDetails>()).Detail!.ShouldContain("该案件不涉及本部门");
        (await platform.Thread(TestActors.Planner, other.CreditCode!)).Entries.ShouldBeEmpty();
        (await platform.Thread(TestActors.Supervisor, other.CreditCode!)).Entries.Select(e => e.Kind).ShouldBe(["deadlineSet", "opened"]);
        // The running deadlines come with the first page only.
        var newest = await platform.Thread(TestActors.Supervisor, other.CreditCode!, "limit=1");
        newest.RunningDeadlines.ShouldHaveSingleItem().Deadline.ShouldBe("Assignment");
        (await platform.Thread(TestActors.Supervisor, other.CreditCode!, $"limit=1&cursor={newest.NextCursor}")).ShouldSatisfyAllConditions(
            t => t.Entries.ShouldHaveSingleItem().Kind.ShouldBe("opened"), t => t.RunningDeadlines.ShouldBeEmpty(), t => t.NextCursor.ShouldBeNull());
    }

    [Fact]
    public async Task Bad_queries_are_400_with_field_errors()
    {
        var problem = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/deadlines?state=late&limit=0&cursor=xyz", 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["state", "limit", "cursor"], ignoreOrder: true);
        // Well-formed base64url JSON that no page issued: {}, null, and a position without its deadline and start; by either name.
        foreach (var token in new[] { "e30", "bnVsbA", "eyJEdWVBdCI6IjIwMjYtMDEtMDFUMDA6MDA6MDArMDA6MDAiLCJDYXNlSWQiOiIwMTkzYTViMi03YzFkLTdlNGYtOWEyYi0zYzRkNWU2ZjdhOGIifQ" })
        foreach (var name in new[] { "cursor", "after" })
            (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/deadlines?{name}={token}", 400).Read<HttpValidationProblemDetails>())
                .Errors[name].Single().ShouldContain(" / ");
        (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/enterprises/91500119MA5U8XRB90/thread", 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["creditCode"]);
        foreach (var (query, field) in new[] { ("limit=0", "limit"), ("limit=501", "limit"), ("cursor=xyz", "cursor"), ("cursor=e30", "cursor") })
            (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/enterprises/{Enterprise.CreditCode}/thread?{query}", 400).Read<HttpValidationProblemDetails>())
                .Errors[field].Single().ShouldContain(" / ");
        await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/cases/{Guid.NewGuid()}", 404);
    }
}
