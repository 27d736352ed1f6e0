using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Enforcement.Supervising;
using Nanchuan.Enforcement.Visiting;
using Nanchuan.Enforcement.Worklists;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>扫码入企: a visit is registered as the inspectors enter, so an unauthorised inspection is caught even when never recorded (ADR 0063).</summary>
[Collection(EnforcementCollection.Name)]
public sealed class VisitTests(EnforcementHost platform)
{
    private const string Visits = Route + "/visits";

    [Fact]
    public async Task A_planned_departments_scan_in_its_month_rests_on_the_plan_and_the_enterprises_confirmation_confirms_it_once()
    {
        var plan = await platform.PlanOfQ2Async();
        var entry = plan.Entries.Single(e => e.CreditCode == Enterprises[2].CreditCode);
        platform.SetTime(ParkInspectionDay(entry.Month));
        var inspector = Department(entry.Departments[0]);
        var scanned = await platform.Post(inspector, $"{Visits}/scans", new ScanEnterpriseCodeRequest(entry.CreditCode), 201).Read<VisitRegisteredResponse>();
        scanned.Authority.ShouldBe(VisitAuthority.Plan);
        scanned.UnauthorisedInspectionId.ShouldBeNull();

        var enterprise = EnterpriseUser(entry.CreditCode, entry.EnterpriseName);
        platform.SetTime(ParkInspectionDay(entry.Month).AddMinutes(5));
        var confirmed = await platform.Post(enterprise, $"{Visits}/confirmations", new ConfirmVisitRequest(entry.Departments[0])).Read<VisitRegisteredResponse>();
        confirmed.Id.ShouldBe(scanned.Id);
        confirmed.Channels.ShouldBe([VisitChannel.InspectorScan, VisitChannel.EnterpriseConfirmation]);
        var twice = await platform.Post(enterprise, $"{Visits}/confirmations", new ConfirmVisitRequest(entry.Departments[0]), 409).Read<ProblemDetails>();
        twice.Extensions["currentState"]!.ToString().ShouldBe("企业已确认");

        var visit = await platform.Get(enterprise, $"{Visits}/{scanned.Id}").Read<InspectionVisit>();
        visit.AuthorisedBy.ShouldBe(plan.Id);
        visit.EnterpriseName.ShouldBe(entry.EnterpriseName);
        await platform.Get(TestActors.Enterprise, $"{Visits}/{scanned.Id}", 403);
        (await platform.EventsAsync(scanned.Id)).Select(e => e.GetType().Name).ShouldBe(["InspectionVisitRegistered", "InspectionVisitConfirmed"]);
    }

    [Fact]
    public async Task A_scan_with_neither_plan_entry_nor_exception_is_an_unauthorised_inspection_for_the_justice_bureau_though_the_department_records_nothing()
    {
        await platform.PlanOfQ2Async();
        platform.SetTime(Time("2025-06-03 09:30"));
        var tracked = await platform.Host.TrackAsync(() => platform.Post(Transport, $"{Visits}/scans", new ScanEnterpriseCodeRequest(Unplanned), 201));
        var caseOpened = tracked.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        caseOpened.Case.Department.ShouldBe(Departments.JusticeBureau);
        var id = caseOpened.Case.CaseId;

        var report = await platform.Get(JusticeBureau, $"{Route}/unauthorised-inspections/{id}").Read<UnauthorisedInspection>();
        report.Source.ShouldBe(UnauthorisedSource.VisitRegistered);
        report.Department.ShouldBe(Departments.Transport);
        report.VisitedAt.ShouldBe(Time("2025-06-03 09:30"));
        (await platform.Get(JusticeBureau, Route + "/worklist").Read<Worklist>()).OpenUnauthorisedInspections.Select(u => u.Id).ShouldContain(id);

        // The Justice Bureau's steps: referral before verification is 409 naming the state; verification, then referral close the case.
        var early = await platform.Post(JusticeBureau, $"{Route}/unauthorised-inspections/{id}/referral", new ReferUnauthorisedInspectionBody("区纪委监委", null), 409)
            .Read<ProblemDetails>();
        early.Extensions["currentState"]!.ToString().ShouldBe("待核实");
        platform.SetTime(Time("2025-06-04 10:00"));
        await platform.Post(JusticeBureau, $"{Route}/unauthorised-inspections/{id}/verification",
            new VerifyUnauthorisedInspectionBody(VerificationMethod.SpecialSupervision, true, "交通运输委未列入计划、无例外依据单独入企。"));
        await platform.Post(JusticeBureau, $"{Route}/unauthorised-inspections/{id}/referral", new ReferUnauthorisedInspectionBody("区纪委监委", null));
        (await platform.Get(JusticeBureau, Route + "/worklist").Read<Worklist>()).OpenUnauthorisedInspections.Select(u => u.Id).ShouldNotContain(id);
    }

    [Fact]
    public async Task An_exception_inspection_recorded_before_entering_authorises_that_days_visit_and_the_enterprise_can_register_a_visit_first()
    {
        const string code = "91500119MA5EF0C23M";
        await platform.PlanOfQ2Async();
        platform.SetTime(Time("2025-06-05 09:00"));
        var exception = await platform.Post(Ecology, Route + "/inspections", new RecordInspectionRequest(code, "重庆南川扫码示例有限公司", "specialSupervision",
            "废气异味专项监督检查", null, ["环境局 刘某", "环境局 何某"], null), 201).Read<InspectionRecordedResponse>();
        platform.SetTime(Time("2025-06-05 09:20"));
        var scanned = await platform.Post(Ecology, $"{Visits}/scans", new ScanEnterpriseCodeRequest(code), 201).Read<VisitRegisteredResponse>();
        scanned.Authority.ShouldBe(VisitAuthority.Exception);
        (await platform.Get(Ecology, $"{Visits}/{scanned.Id}").Read<InspectionVisit>()).AuthorisedBy.ShouldBe(exception.Id);

        // The next day the exception no longer covers a visit; the enterprise registers the market inspectors' entry before they scan.
        platform.SetTime(Time("2025-06-06 10:00"));
        var enterprise = EnterpriseUser(code, "重庆南川扫码示例有限公司");
        var confirmed = await platform.Post(enterprise, $"{Visits}/confirmations", new ConfirmVisitRequest(Departments.EcologyEnvironment), 201).Read<VisitRegisteredResponse>();
        confirmed.Authority.ShouldBe(VisitAuthority.None);
        confirmed.UnauthorisedInspectionId.ShouldNotBeNull();
        var then = await platform.Post(Ecology, $"{Visits}/scans", new ScanEnterpriseCodeRequest(code)).Read<VisitRegisteredResponse>();
        then.UnauthorisedInspectionId.ShouldBe(confirmed.UnauthorisedInspectionId);
        (await platform.Post(Ecology, $"{Visits}/scans", new ScanEnterpriseCodeRequest(code), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已扫码登记");
    }

    [Fact]
    public async Task Bad_input_is_400_with_the_field_named_and_nothing_written_and_only_the_inspecting_departments_scan()
    {
        platform.SetTime(Time("2025-06-09 10:00"));
        var before = await platform.EventCountAsync();
        var bad = await platform.Post(Transport, $"{Visits}/scans", new ScanEnterpriseCodeRequest("91500119MA5EF0C23X"), 400).Read<HttpValidationProblemDetails>();
        bad.Errors.Keys.ShouldBe(["creditCode"]);
        var enterprise = EnterpriseUser(Unplanned, "重庆南川未列入计划有限公司");
        var unknown = await platform.Post(enterprise, $"{Visits}/confirmations", new ConfirmVisitRequest("区税务局"), 400).Read<HttpValidationProblemDetails>();
        unknown.Errors["department"][0].ShouldContain("11");
        await platform.Post(enterprise, $"{Visits}/confirmations", new ConfirmVisitRequest(null), 400);
        await platform.Post(JusticeBureau, $"{Visits}/scans", new ScanEnterpriseCodeRequest(Unplanned), 403);
        await platform.Post(Transport, $"{Visits}/confirmations", new ConfirmVisitRequest(Departments.Transport), 403);
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
