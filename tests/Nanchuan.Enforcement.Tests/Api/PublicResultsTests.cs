using Nanchuan.Enforcement.Findings;
using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Enforcement.Publishing;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>一公开: the quarter's results for anyone, without sign-in and without personal data.</summary>
[Collection(EnforcementCollection.Name)]
public sealed class PublicResultsTests(EnforcementHost platform)
{
    [Fact]
    public async Task Published_results_need_no_sign_in_and_name_no_inspector()
    {
        var plan = await platform.PlanOfQ2Async();
        var entry = plan.Entries.Single(e => e.CreditCode == Enterprises[4].CreditCode);
        platform.SetTime(ParkInspectionDay(entry.Month));
        var lead = Department(entry.Departments[0]);
        var id = (await platform.Post(lead, Route + "/inspections", new RecordInspectionRequest(entry.CreditCode, null, null, null, null, null, null), 201)
            .Read<InspectionRecordedResponse>()).Id;
        await platform.Post(lead, $"{Route}/inspections/{id}/findings", new RecordFindingsBody(ScenarioChecklists.Seed.Of(entry.Scenario)
            .Select(i => new FindingBody(i.Code, i.Code == "LT-05" ? FindingOutcome.RectificationRequired : FindingOutcome.Compliant, "门前车辆乱停放（张三）",
                i.Code == "LT-05" ? 3 : null, null)).ToList()));

        var response = await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/public/results?quarter=2025Q2");
            s.StatusCodeShouldBe(200);
        });
        var json = await response.ReadAsTextAsync();
        foreach (var inspector in entry.Inspectors) json.ShouldNotContain(inspector.Name);
        json.ShouldNotContain("张三");
        var results = await response.ReadAsJsonAsync<List<PublicInspectionResult>>();
        var result = results.Single(r => r.InspectionId == id);
        (result.EnterpriseName, result.ItemsChecked, result.Compliant, result.RectificationsRequired, result.Violations, result.Status)
            .ShouldBe((entry.EnterpriseName, 7, 6, 1, 0, InspectionStatus.Rectifying));
        result.Departments.ShouldBe(entry.Departments);

        await platform.Scenario(s =>
        {
            s.Get.Url($"{Route}/public/results");
            s.StatusCodeShouldBe(400);
        });
        (await platform.Get(TestActors.Citizen, $"{Route}/checklists").Read<Checklists.ChecklistsResponse>()).Departments.Count.ShouldBe(11);
    }
}
