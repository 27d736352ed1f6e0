using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Enforcement.Supervising;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>强化监督: an enterprise reports an unauthorised inspection; the Justice Bureau verifies and refers it, each step recorded.</summary>
[Collection(EnforcementCollection.Name)]
public sealed class UnauthorisedInspectionTests(EnforcementHost platform)
{
    private const string Reports = Route + "/unauthorised-inspections";
    private static readonly Nanchuan.BuildingBlocks.Actors.Actor Reporter = EnterpriseUser("91500119MA5EF0A63E", "重庆南川六号运输有限公司");

    private Task<UnauthorisedInspectionReportedResponse> Report() =>
        platform.Post(Reporter, Reports, new ReportUnauthorisedInspectionRequest(Departments.MarketSupervision, Time("2025-05-20 14:00"),
            "本季度综合检查之外，该局又单独上门检查，未出示例外依据。"), 201).Read<UnauthorisedInspectionReportedResponse>();

    [Fact]
    public async Task An_enterprise_reports_an_unauthorised_inspection_and_the_justice_bureau_verifies_it_and_refers_it_to_the_competent_authority()
    {
        platform.SetTime(Time("2025-05-21 09:00"));
        var opened = await platform.Host.TrackAsync(Report);
        var caseOpened = opened.MessagesPublished<CaseOpened>().ShouldHaveSingleItem();
        var id = caseOpened.Case.CaseId;
        caseOpened.Case.ShouldBe(new OversightCase("Enforcement", "unauthorised-inspection", id, "91500119MA5EF0A63E", Departments.JusticeBureau));

        await platform.Post(JusticeBureau, $"{Reports}/{id}/referral", new ReferUnauthorisedInspectionBody("区纪委监委", null), 409);
        await platform.Post(Market, $"{Reports}/{id}/verification", new VerifyUnauthorisedInspectionBody(VerificationMethod.Complaint, true, "属实"), 403);
        platform.SetTime(Time("2025-05-26 10:00"));
        await platform.Post(JusticeBureau, $"{Reports}/{id}/verification",
            new VerifyUnauthorisedInspectionBody(VerificationMethod.Complaint, true, "该局未列入季度计划，亦无例外依据，单独入企增加企业负担。"));
        var referred = await platform.Host.TrackAsync(() =>
            platform.Post(JusticeBureau, $"{Reports}/{id}/referral", new ReferUnauthorisedInspectionBody("区纪委监委", "建议依规处理")));
        referred.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().Outcome.ShouldBe("已移交有权部门");

        var report = await platform.Get(Reporter, $"{Reports}/{id}").Read<UnauthorisedInspection>();
        report.Status.ShouldBe(UnauthorisedStatus.Referred);
        report.ReferredTo.ShouldBe("区纪委监委");
        (await platform.EventsAsync(id)).Select(e => e.GetType().Name).ShouldBe(
            ["UnauthorisedInspectionRecorded", "UnauthorisedInspectionVerified", "UnauthorisedInspectionReferred"]);
    }

    [Fact]
    public async Task A_report_not_confirmed_is_closed_and_cannot_be_referred_and_bad_input_is_400()
    {
        platform.SetTime(Time("2025-05-21 09:00"));
        var id = (await Report()).Id;
        var bad = await platform.Post(JusticeBureau, $"{Reports}/{id}/verification", new VerifyUnauthorisedInspectionBody(null, null, ""), 400)
            .Read<HttpValidationProblemDetails>();
        bad.Errors.Keys.ShouldBe(["method", "confirmed", "finding"], ignoreOrder: true);
        await platform.Post(JusticeBureau, $"{Reports}/{id}/verification",
            new VerifyUnauthorisedInspectionBody(VerificationMethod.SpecialSupervision, false, "系投诉举报引发的例外检查，依据充分。"));
        var refused = await platform.Post(JusticeBureau, $"{Reports}/{id}/referral", new ReferUnauthorisedInspectionBody("区纪委监委", null), 409).Read<ProblemDetails>();
        refused.Extensions["currentState"]!.ToString().ShouldBe("核实未违规");

        var empty = await platform.Post(Reporter, Reports, new ReportUnauthorisedInspectionRequest(null, null, null), 400).Read<HttpValidationProblemDetails>();
        empty.Errors.Keys.ShouldBe(["department", "visitedAt", "description"], ignoreOrder: true);
    }

    [Fact]
    public async Task Another_enterprise_may_not_read_a_report_and_a_department_may_not_report_one()
    {
        platform.SetTime(Time("2025-05-21 09:00"));
        var id = (await Report()).Id;
        var refused = await platform.Get(TestActors.Enterprise, $"{Reports}/{id}", 403).Read<ProblemDetails>();
        refused.Detail!.ShouldContain("所涉企业");
        await platform.Post(Market, Reports, new ReportUnauthorisedInspectionRequest(Departments.MarketSupervision, Time("2025-05-20 14:00"), "x"), 403);
        await platform.Get(TestActors.Supervisor, $"{Reports}/{id}");
    }
}
