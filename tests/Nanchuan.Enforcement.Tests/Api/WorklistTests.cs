using Nanchuan.Enforcement.Findings;
using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Enforcement.Supervising;
using Nanchuan.Enforcement.Worklists;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>Each role's worklist: the Justice Bureau's plan and open reports, a department's plan and rectifications, an enterprise's own.</summary>
[Collection(EnforcementCollection.Name)]
public sealed class WorklistTests(EnforcementHost platform)
{
    [Fact]
    public async Task The_justice_bureau_a_department_and_an_enterprise_each_see_what_is_theirs_to_do()
    {
        const string code = "91500119MA5EF0C15T";
        var plan = await platform.PlanOfQ2Async();
        platform.SetTime(Time("2025-05-22 10:00"));
        var inspection = await platform.Post(Emergency, Route + "/inspections", new RecordInspectionRequest(code, "重庆南川待办示例有限公司", "specialSupervision",
            "危化品专项监督检查", null, ["应急局 陈某", "应急局 黄某"], null), 201).Read<InspectionRecordedResponse>();
        await platform.Post(Emergency, $"{Route}/inspections/{inspection.Id}/findings",
            new RecordFindingsBody([new("LT-04", FindingOutcome.RectificationRequired, "安全生产责任制未落实到岗", 5, null)]));
        var reporter = EnterpriseUser(code, "重庆南川待办示例有限公司");
        var report = await platform.Post(reporter, Route + "/unauthorised-inspections",
            new ReportUnauthorisedInspectionRequest(Departments.Transport, Time("2025-05-21 15:00"), "交通运输委单独上门检查"), 201).Read<UnauthorisedInspectionReportedResponse>();

        var bureau = await platform.Get(JusticeBureau, Route + "/worklist").Read<Worklist>();
        bureau.Quarter.ShouldBe("2025Q2");
        bureau.OpenUnauthorisedInspections.Select(u => u.Id).ShouldContain(report.Id);
        bureau.PlannedInspections.Select(e => e.CreditCode).ShouldBeSubsetOf(plan.Entries.Select(e => e.CreditCode));

        var department = await platform.Get(Emergency, Route + "/worklist").Read<Worklist>();
        department.OpenRectifications.ShouldContain(r => r.InspectionId == inspection.Id && r.ItemCode == "LT-04" && r.DueAt == Time("2025-05-29 18:00"));
        department.PlannedInspections.ShouldAllBe(e => e.Departments.Contains(Departments.EmergencyManagement));
        department.OpenUnauthorisedInspections.ShouldBeEmpty();

        var own = await platform.Get(reporter, Route + "/worklist").Read<Worklist>();
        own.Inspections.Select(i => i.InspectionId).ShouldBe([inspection.Id]);
        own.OpenRectifications.Select(r => r.ItemCode).ShouldBe(["LT-04"]);
        own.PlannedInspections.ShouldBeEmpty();
    }
}
