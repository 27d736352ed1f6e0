using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using System.Text.Json;
using Alba;
using Marten;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Enforcement.Inspecting;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>Comprehensive, exception and unauthorised inspections (the spec's public acceptance examples first).</summary>
[Collection(EnforcementCollection.Name)]
public sealed class InspectionTests(EnforcementHost platform)
{
    private const string Inspections = Route + "/inspections";

    private static RecordInspectionRequest Planned(string creditCode) => new(creditCode, null, null, null, null, null, null);

    [Fact]
    public async Task A_second_comprehensive_inspection_in_the_quarter_is_409_and_an_exception_answering_a_complaint_is_accepted_and_leaves_the_count_at_one()
    {
        var plan = await platform.PlanOfQ2Async();
        var entry = plan.Entries.Single(e => e.CreditCode == Enterprises[0].CreditCode);
        var lead = Department(entry.Departments[0]);
        platform.SetTime(ParkInspectionDay(entry.Month));

        var first = await platform.Post(lead, Inspections, Planned(entry.CreditCode), 201).Read<InspectionRecordedResponse>();
        first.Kind.ShouldBe(InspectionKind.Comprehensive);
        first.Departments.ShouldBe(entry.Departments);

        var before = await platform.EventCountAsync();
        var second = await platform.Post(Department(entry.Departments[1]), Inspections, Planned(entry.CreditCode), 409).Read<ProblemDetails>();
        second.Extensions["currentState"]!.ToString().ShouldBe("本季度已接受综合执法检查");
        second.Detail!.ShouldContain("每个企业同一季度只接受一次综合执法检查");
        (await platform.EventCountAsync()).ShouldBe(before);

        // The complaint is an enterprise request the Grievances module assigned; Enforcement knows it from EnterpriseRequestAssigned.
        var complaint = Guid.CreateVersion7();
        var now = platform.Clock.GetUtcNow();
        await platform.TrackAsync(bus => bus.PublishAsync(new EnterpriseRequestAssigned(complaint, 1, "ncqhww2025-01", Departments.EcologyEnvironment,
            Departments.EcologyEnvironment, entry.EnterpriseName, UnifiedSocialCreditCode.Parse(entry.CreditCode), "夜间排放异味", 5, now, now, now.AddDays(7))).AsTask());
        var exception = await platform.Post(Ecology, Inspections, new RecordInspectionRequest(entry.CreditCode, entry.EnterpriseName, "complaint",
            "受理群众投诉：夜间排放异味", complaint, ["环境局 刘某", "环境局 何某"], null), 201).Read<InspectionRecordedResponse>();
        exception.Kind.ShouldBe(InspectionKind.Exception);
        exception.Departments.ShouldBe([Departments.EcologyEnvironment]);
        (await platform.LoadAsync<Inspection>(exception.Id))!.LinkedCaseId.ShouldBe(complaint);

        var counts = await platform.SqlRowsAsync(
            $"select comprehensive, exceptions, within_target from enforcement.inspections_per_enterprise where quarter = '{Q2}' and credit_code = '{entry.CreditCode}'");
        counts.ShouldBe(["1|1|True"]);
        (await platform.SqlRowsAsync($"select exception_type, inspections from enforcement.exceptions_by_type where quarter = '{Q2}' and department = '{Departments.EcologyEnvironment}'"))
            .ShouldContain("complaint|1");
    }

    [Fact]
    public async Task A_departmental_inspection_with_no_plan_entry_and_no_exception_is_recorded_as_unauthorised()
    {
        await platform.PlanOfQ2Async();
        platform.SetTime(Time("2025-05-20 14:00"));
        IScenarioResult? refused = null;
        var tracked = await platform.Host.TrackAsync(async () =>
            refused = await platform.Post(Market, Inspections, new RecordInspectionRequest(Unplanned, "重庆南川未列入计划有限公司", null, null, null, null, null), 403));

        var problem = await refused!.ReadAsJsonAsync<ProblemDetails>();
        problem.Detail!.ShouldContain("已记为不按规定擅自检查");
        var id = ((JsonElement)problem.Extensions["unauthorisedInspectionId"]!).GetGuid();
        var report = (await platform.LoadAsync<UnauthorisedInspection>(id))!;
        report.Source.ShouldBe(UnauthorisedSource.RecordAttempt);
        report.Department.ShouldBe(Departments.MarketSupervision);
        report.CreditCode.ShouldBe(Unplanned);
        report.Status.ShouldBe(UnauthorisedStatus.AwaitingVerification);
        tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem().Case.ShouldBe(
            new OversightCase("Enforcement", "unauthorised-inspection", id, Unplanned, Departments.JusticeBureau));
        await using var query = platform.Store().QuerySession();
        (await query.Query<Inspection>().CountAsync(i => i.CreditCode == Unplanned)).ShouldBe(0);
    }

    [Fact]
    public async Task A_planned_department_inspecting_outside_its_park_inspection_month_is_409_and_a_department_not_in_the_entry_is_unauthorised()
    {
        var plan = await platform.PlanOfQ2Async();
        var entry = plan.Entries.Single(e => e.CreditCode == Enterprises[1].CreditCode);
        var otherMonth = plan.Entries.Select(e => e.Month).First(m => m != entry.Month);
        platform.SetTime(ParkInspectionDay(otherMonth));
        var before = await platform.EventCountAsync();
        var problem = await platform.Post(Department(entry.Departments[0]), Inspections, Planned(entry.CreditCode), 409).Read<ProblemDetails>();
        problem.Extensions["currentState"]!.ToString().ShouldBe($"计划于{entry.Month}检查");
        (await platform.EventCountAsync()).ShouldBe(before);

        platform.SetTime(ParkInspectionDay(entry.Month));
        var outsider = Departments.Inspecting.First(d => !entry.Departments.Contains(d));
        await platform.Post(Department(outsider), Inspections, Planned(entry.CreditCode), 403);
    }

    [Fact]
    public async Task An_exception_inspection_without_a_known_type_a_basis_a_name_or_two_inspectors_is_400_and_writes_nothing()
    {
        platform.SetTime(Time("2025-05-20 14:00"));
        var before = await platform.EventCountAsync();
        var problem = await platform.Post(Ecology, Inspections, new RecordInspectionRequest("91500119MA5EF0B11X", null, "routine", " ", null, ["一人"], null), 400)
            .Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["creditCode", "exceptionType", "exceptionBasis", "enterpriseName", "inspectors"], ignoreOrder: true);
        problem.Errors["exceptionType"][0].ShouldContain("specialSupervision");
        problem.Errors["exceptionBasis"][0].ShouldContain(" / ");
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Only_the_eleven_inspecting_departments_record_inspections_and_only_the_justice_bureau_plans()
    {
        var refused = await platform.Post(JusticeBureau, Inspections, Planned(Unplanned), 403).Read<ProblemDetails>();
        refused.Detail!.ShouldContain("不是“综合查一次”的执法部门");
        await platform.Post(TestActors.Enterprise, Inspections, Planned(Unplanned), 403);
        var planRefused = await platform.Post(Market, Route + "/plans", Plan("2025Q2"), 403).Read<ProblemDetails>();
        planRefused.Detail!.ShouldContain("只有区司法局");
    }
}
