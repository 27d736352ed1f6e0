using Nanchuan.Enforcement.Supervising;
using static Nanchuan.Enforcement.Tests.Api.EnforcementApi;

namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>Conditional reads of a report of an unauthorised inspection (ADR 0119): 304 while unchanged, the report again after the verification.</summary>
[Collection(EnforcementCollection.Name)]
public sealed class ConditionalReadTests(EnforcementHost platform)
{
    [Fact]
    public async Task A_report_is_a_304_while_unchanged_and_sent_again_under_the_write_s_tag_after_its_verification()
    {
        var reporter = EnterpriseUser("91500119MA5EF0A63E", "重庆南川六号运输有限公司");
        platform.SetTime(Time("2026-03-10 09:00"));
        var id = (await platform.Post(reporter, Route + "/unauthorised-inspections", new ReportUnauthorisedInspectionRequest(Departments.MarketSupervision,
            Time("2026-03-09 14:00"), "季度综合检查之外单独上门检查，未出示例外依据。"), 201).Read<UnauthorisedInspectionReportedResponse>()).Id;
        var url = $"{Route}/unauthorised-inspections/{id}";
        var before = await platform.CurrentTagAsync(reporter, url);
        before.ShouldBe("\"1\"");

        platform.SetTime(Time("2026-03-11 10:00"));
        var verified = await platform.Post(JusticeBureau, $"{url}/verification", new VerifyUnauthorisedInspectionBody(VerificationMethod.Complaint, true, "属实"));

        (await platform.ChangedSinceAsync(reporter, url, before)).ShouldBe(ConditionalReads.ETagOf(verified));
        (await platform.ChangedSinceAsync(JusticeBureau, url, before)).ShouldBe("\"2\"");
    }
}
