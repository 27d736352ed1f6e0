using Alba;
using Scenario = Nanchuan.Enforcement.Domain.Scenario;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Enforcement.Contracts;
using Nanchuan.Enforcement.Findings;
using Nanchuan.Enforcement.Inspecting;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>Findings per checklist item, rectification deadlines on the holiday calendar, serious violations published.</summary>
[Collection(EnforcementCollection.Name)]
public sealed class FindingsTests(EnforcementHost platform)
{
    private const string Inspections = Route + "/inspections";

    /// <summary>An emergency-management exception inspection (a reported hazard) of an unplanned enterprise, visited now.</summary>
    private async Task<Guid> ExceptionInspection(string creditCode)
    {
        var recorded = await platform.Post(Emergency, Inspections, new RecordInspectionRequest(creditCode, "重庆南川例外检查有限公司", "complaint",
            "受理举报：危化品仓库管理混乱", null, ["应急局 陈某", "应急局 黄某"], null), 201).Read<InspectionRecordedResponse>();
        return recorded.Id;
    }

    [Fact]
    public async Task A_rectification_of_ten_working_days_from_friday_25_april_2025_falls_due_13_may_across_labour_day_and_is_warned_and_declared_overdue()
    {
        // Working days after Fri 2025-04-25: Sun 04-27 (make-up day), 04-28, 04-29, 04-30, then 05-06 … 05-13 after the 1–5 May holiday.
        platform.SetTime(Time("2025-04-25 10:00"));
        var id = await ExceptionInspection("91500119MA5EF0B27C");
        IScenarioResult? answer = null;
        var tracked = await platform.Host.TrackAsync(async () => answer = await platform.Post(Emergency, $"{Inspections}/{id}/findings", new RecordFindingsBody(
        [
            new("IN-01", FindingOutcome.Compliant, null, null, null),
            new("IN-02", FindingOutcome.RectificationRequired, "危化品仓库未落实双人双锁", 10, null),
        ])));
        (await answer!.ReadAsJsonAsync<CaseStepRecorded>()).Version.ShouldBe(2);
        answer.Context.Response.Headers.ETag.ToString().ShouldBe("\"2\"");

        var @case = new OversightCase("Enforcement", "inspection", id, "91500119MA5EF0B27C", Departments.EmergencyManagement);
        tracked.MessagesPublished<DeadlineSet>().ShouldHaveSingleItem().ShouldBe(new DeadlineSet(@case, "Rectification:IN-02", "10个工作日",
            Time("2025-04-25 10:00"), Time("2025-05-13 18:00"), Time("2025-05-12 18:00")));
        var inspection = (await platform.LoadAsync<Inspection>(id))!;
        inspection.Status.ShouldBe(InspectionStatus.Rectifying);

        platform.SetTime(Time("2025-05-12 18:00"));
        var warned = await platform.Host.InvokeMessageAndWaitAsync(
            DeadlineTimers.Warning("inspection", id, "Rectification:IN-02", Time("2025-05-13 18:00"), Time("2025-05-12 18:00")));
        warned.MessagesPublished<DeadlineWarned>().ShouldHaveSingleItem().Case.ShouldBe(@case);
        platform.SetTime(Time("2025-05-13 18:00").AddSeconds(1));
        var overdue = await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("inspection", id, "Rectification:IN-02", Time("2025-05-13 18:00")));
        overdue.MessagesPublished<DeadlineOverdue>().ShouldHaveSingleItem().DueAt.ShouldBe(Time("2025-05-13 18:00"));

        (await platform.EventsAsync(id)).Select(e => e.GetType().Name).ShouldBe(
            ["InspectionRecorded", "FindingsRecorded", "RectificationDeadlineWarned", "RectificationOverdue"]);
        (await platform.LoadAsync<Inspection>(id))!.Rectifications.Single().Overdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Confirming_the_last_rectification_closes_the_inspection_and_a_second_confirmation_or_second_findings_are_409()
    {
        platform.SetTime(Time("2025-05-06 09:00"));
        var id = await ExceptionInspection("91500119MA5EF0B357");
        await platform.Post(Emergency, $"{Inspections}/{id}/findings", new RecordFindingsBody([new("IN-02", FindingOutcome.RectificationRequired, "未设置警示标志", 5, null)]));

        platform.SetTime(Time("2025-05-09 16:00"));
        await platform.Post(Ecology, $"{Inspections}/{id}/rectifications/IN-02/completion", new CompleteRectificationBody(null), 403);
        var closed = await platform.Host.TrackAsync(() =>
            platform.Post(Emergency, $"{Inspections}/{id}/rectifications/IN-02/completion", new CompleteRectificationBody("复查合格")));
        var caseClosed = closed.MessagesPublished<CaseClosed>().ShouldHaveSingleItem();
        caseClosed.OnTime.ShouldBe(true);
        caseClosed.Outcome.ShouldBe("已办结");
        (await platform.LoadAsync<Inspection>(id))!.Status.ShouldBe(InspectionStatus.Closed);

        var again = await platform.Post(Emergency, $"{Inspections}/{id}/rectifications/IN-02/completion", new CompleteRectificationBody(null), 409).Read<ProblemDetails>();
        again.Extensions["currentState"]!.ToString().ShouldBe("已办结");
        (await platform.Post(Emergency, $"{Inspections}/{id}/findings", new RecordFindingsBody([new("IN-01", FindingOutcome.Compliant, null, null, null)]), 409)
            .Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("已办结");
    }

    [Fact]
    public async Task A_serious_violation_is_referred_to_its_department_and_published_as_SeriousViolationFound()
    {
        platform.SetTime(Time("2025-05-07 09:00"));
        var id = await ExceptionInspection("91500119MA5EF0B432");
        var tracked = await platform.Host.TrackAsync(() => platform.Post(Emergency, $"{Inspections}/{id}/findings",
            new RecordFindingsBody([new("IN-01", FindingOutcome.Violation, "未建立安全生产责任制，重大事故隐患未整改", null, true)])));
        var published = tracked.FindSingleTrackedMessageOfType<SeriousViolationFound>();
        published.ShouldBe(new SeriousViolationFound(id, "91500119MA5EF0B432", "重庆南川例外检查有限公司", Departments.EmergencyManagement, "IN-01",
            "安全生产责任制与隐患排查治理", "《中华人民共和国安全生产法》", Time("2025-05-07 09:00")));
        tracked.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().OnTime.ShouldBeNull();
    }

    [Fact]
    public async Task Findings_of_a_comprehensive_inspection_cover_every_item_of_its_scenario_with_complete_outcomes_or_are_400()
    {
        var plan = await platform.PlanOfQ2Async();
        var entry = plan.Entries.Single(e => e.CreditCode == Enterprises[3].CreditCode);
        platform.SetTime(ParkInspectionDay(entry.Month));
        var id = (await platform.Post(Department(entry.Departments[0]), Inspections, new RecordInspectionRequest(entry.CreditCode, null, null, null, null, null, null), 201)
            .Read<InspectionRecordedResponse>()).Id;
        var before = await platform.EventCountAsync();

        var problem = await platform.Post(Department(entry.Departments[0]), $"{Inspections}/{id}/findings", new RecordFindingsBody(
        [
            new("LT-01", null, null, null, null),
            new("LT-02", FindingOutcome.RectificationRequired, null, null, null),
            new("LT-03", FindingOutcome.Violation, null, 3, null),
            new("IN-01", FindingOutcome.Compliant, null, null, null),
        ]), 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["findings[0].outcome", "findings[1].rectificationWorkingDays", "findings[2].rectificationWorkingDays", "findings[2].serious",
            "findings[3].itemCode", "findings"], ignoreOrder: true);
        problem.Errors["findings"][0].ShouldContain("LT-07");
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(TestActors.MarketRegulator with { Department = Departments.Agriculture }, $"{Inspections}/{id}/findings", new RecordFindingsBody([]), 403);
        var all = ScenarioChecklists.Seed.Of(Scenario.LogisticsAndTransport).Select(i => new FindingBody(i.Code, FindingOutcome.Compliant, null, null, null)).ToList();
        await platform.Post(Department(entry.Departments[1]), $"{Inspections}/{id}/findings", new RecordFindingsBody(all));
        (await platform.LoadAsync<Inspection>(id))!.Status.ShouldBe(InspectionStatus.Closed);
    }
}
