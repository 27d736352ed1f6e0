using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Reading;
using Nanchuan.Licensing.Contracts;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Messages from the Licensing module: registered companies and requests lodged at the 企业之家 desk.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class IntegrationTests(GrievancesHost platform)
{
    private static readonly UnifiedSocialCreditCode Registered = UnifiedSocialCreditCode.FromBody("91500119MA5UREG01");

    // Published, as Licensing does: every module that keeps an enterprise register handles it on its own queue.
    private Task RegisterCompany() => platform.Host.TrackActivity(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(new CompanyRegistered(
        Guid.NewGuid(), Registered, "重庆南川登记示范有限公司", "周八", "南川区东城街道", "东城近快办服务点", GrievanceApi.At(2024, 3, 1, 10, 0)));

    [Fact]
    public async Task A_request_lodged_at_the_enterprise_home_desk_enters_the_loop_once()
    {
        await RegisterCompany();
        platform.Clock.SetUtcNow(GrievanceApi.At(2024, 5, 9, 10, 0));
        var lodged = new LodgeEnterpriseRequest(Guid.NewGuid(), "重庆南川登记示范有限公司", Registered, "周经理", "023-71230000",
            "申请协调办理施工许可。", GrievanceApi.At(2024, 5, 9, 9, 30));

        await platform.Host.InvokeMessageAndWaitAsync(lodged);
        await platform.Host.InvokeMessageAndWaitAsync(lodged);

        var list = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}?limit=500").Read<List<GrievanceListItem>>();
        var item = list.ShouldHaveSingleItem(i => i.DeskRequestId == lodged.DeskRequestId);
        var details = await platform.Details(item.Id);
        details.Channel.ShouldBe(IntakeChannel.EnterpriseHomeDesk);
        details.ReceivedAt.ShouldBe(lodged.LodgedAt);
        details.RegisteredEnterpriseName.ShouldBe("重庆南川登记示范有限公司");
    }

    [Fact]
    public async Task A_registered_companys_name_is_filled_in_when_a_request_leaves_it_out()
    {
        await RegisterCompany();
        platform.Clock.SetUtcNow(GrievanceApi.At(2024, 5, 9, 10, 0));
        var request = GrievanceApi.PlatformRequest() with { EnterpriseName = null, CreditCode = Registered.Value };

        var received = await platform.Receive(request, TestActors.BusinessOffice);

        received.RegisteredEnterpriseName.ShouldBe("重庆南川登记示范有限公司");
        (await platform.Details(received.Id)).EnterpriseName.ShouldBe("重庆南川登记示范有限公司");
    }
}
