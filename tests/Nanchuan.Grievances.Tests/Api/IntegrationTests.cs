using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Reading;
using Nanchuan.Licensing.Contracts;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Messages from the Licensing module: registered companies and requests lodged at the 企业之家 desk.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class IntegrationTests(GrievancesHost platform)
{
    private static readonly UnifiedSocialCreditCode Registered = UnifiedSocialCreditCode.FromBody("91500119MA5UREG00");

    // Published, as Licensing does: every module that keeps an enterprise register handles it on its own queue.
    private Task RegisterCompany() => platform.Host.TrackActivity(MessageTracking.Timeout).PublishMessageAndWaitAsync(new CompanyRegistered(
        Guid.NewGuid(), Registered, "重庆南川登记示范有限公司", "周八", "南川区东城街道", "东城近快办服务点", GrievanceApi.At(2024, 3, 1, 10, 0)));

    [Fact]
    public async Task A_request_lodged_at_the_enterprise_home_desk_enters_the_loop_once()
    {
        await RegisterCompany();
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var lodged = new LodgeEnterpriseRequest("Licensing", Guid.NewGuid(), null, EnterpriseRequestChannel.EnterpriseHomeDesk, "重庆南川登记示范有限公司",
            Registered, "周经理", "023-71230000", "申请协调办理施工许可。", GrievanceApi.At(2024, 5, 9, 9, 30));

        await platform.Host.InvokeMessageAndWaitAsync(lodged);
        await platform.Host.InvokeMessageAndWaitAsync(lodged);

        var list = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}?limit=500").Read<List<GrievanceListItem>>();
        var item = list.ShouldHaveSingleItem(i => i.SourceReference == lodged.SourceReference);
        var details = await platform.Details(item.Id);
        details.Channel.ShouldBe(IntakeChannel.EnterpriseHomeDesk);
        details.ReceivedAt.ShouldBe(lodged.LodgedAt);
        details.RegisteredEnterpriseName.ShouldBe("重庆南川登记示范有限公司");
        details.Source.ShouldBe(new RequestSource("Licensing", lodged.SourceReference, null));
    }

    [Fact]
    public async Task A_power_problem_reported_by_phone_is_received_and_counted_under_the_phone_channel_linked_to_the_power_case()
    {
        platform.SetTime(GrievanceApi.At(2024, 6, 17, 20, 0));
        var connectionId = Guid.NewGuid();
        var reported = new LodgeEnterpriseRequest("Utilities", Guid.NewGuid(), connectionId, EnterpriseRequestChannel.Phone, "重庆南川登记示范有限公司",
            Registered, "王经理", "13812345678", "【电力报装办电问题】报装已超过4个工作日仍未接电。", GrievanceApi.At(2024, 6, 17, 19, 0));

        await platform.Host.InvokeMessageAndWaitAsync(reported);
        await platform.Host.InvokeMessageAndWaitAsync(reported);

        var list = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}?limit=500").Read<List<GrievanceListItem>>();
        var item = list.ShouldHaveSingleItem(i => i.SourceReference == reported.SourceReference);
        item.Channel.ShouldBe(IntakeChannel.Phone);
        item.SourceModule.ShouldBe("Utilities");
        item.SourceCaseId.ShouldBe(connectionId);
        var details = await platform.Details(item.Id);
        details.Source.ShouldBe(new RequestSource("Utilities", reported.SourceReference, connectionId));
        details.ReceivedAt.ShouldBe(reported.LodgedAt); // 19:00: the forwarding module answers for its own channel's hours

        var summary = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/intake-summary?date=2024-06-17").Read<DailyIntakeSummary>();
        summary.ByChannel.ShouldBe(new Dictionary<IntakeChannel, int> { [IntakeChannel.Phone] = 1 });
    }

    [Fact]
    public async Task A_registered_companys_name_is_filled_in_when_a_request_leaves_it_out()
    {
        await RegisterCompany();
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var request = GrievanceApi.PlatformRequest() with { EnterpriseName = null, CreditCode = Registered.Value };

        var received = await platform.Receive(request, TestActors.BusinessOffice);

        received.RegisteredEnterpriseName.ShouldBe("重庆南川登记示范有限公司");
        (await platform.Details(received.Id)).EnterpriseName.ShouldBe("重庆南川登记示范有限公司");
    }
}
