using Alba;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Licensing.EnterpriseHome;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

[Collection(LicensingCollection.Name)]
public sealed class DeskRequestTests(LicensingHost platform)
{
    [Fact]
    public async Task A_desk_request_is_recorded_and_sent_to_Grievances_and_bad_input_writes_nothing()
    {
        var code = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode);
        IScenarioResult? result = null;
        var tracked = await platform.Host.TrackAsync(async () => result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(new LodgeDeskRequest("重庆南川示例科技有限公司", code, "王经理", "13800000000", "厂区道路照明不足")).ToUrl("/api/licensing/enterprise-home/requests");
            s.As(platform, TestActors.WindowClerk);
        }));
        var forwarded = await result!.ReadAsJsonAsync<DeskRequestForwarded>();
        var sent = tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<LodgeEnterpriseRequest>().First();
        sent.SourceReference.ShouldBe(forwarded.DeskRequestId);
        sent.CreditCode.ShouldBe(code);

        var bad = await platform.Host.TrackAsync(() => platform.Host.Scenario(s =>
        {
            s.Post.Json(new LodgeDeskRequest("", code, "王经理", "abc", "")).ToUrl("/api/licensing/enterprise-home/requests");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("phone");
        }));
        bad.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<LodgeEnterpriseRequest>().ShouldBeEmpty();
    }
}
