using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Licensing.EnterpriseHome.Meetings;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests.EnterpriseHome;

/// <summary>Coordination meetings to test with: two departments convened by the business office for the test enterprise.</summary>
internal static class MeetingHall
{
    public const string Route = "/api/licensing/enterprise-home/meetings";
    public const string Economy = "qu-jingxinwei";
    public const string Housing = "qu-zhufangchengxiangjianwei";
    public static readonly Actor EconomyHandler = TestActors.HandlerOf("区经济信息委");
    public static readonly Actor HousingHandler = TestActors.HandlerOf("区住房城乡建委");
    public static readonly Actor OtherEnterprise = TestActors.Enterprise with { Id = "ent-2", CreditCode = "914403001922038216" };
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static ConveneMeetingRequest Request(string creditCode = "91500119MA5U8XRB98", DateTimeOffset? at = null) =>
        new(creditCode, "重庆南川示例科技有限公司", "新建厂房用电报装与道路开口协调", [Economy, Housing], at ?? new DateTimeOffset(2026, 9, 29, 14, 30, 0, Beijing));

    public static Task<CoordinationMeeting> ConveneAsync(this LicensingHost platform, ConveneMeetingRequest? request = null) =>
        platform.PostAsync<CoordinationMeeting>(Route, request ?? Request(), TestActors.BusinessOffice);

    public static RecordMinutesBody Minutes(DateTimeOffset heldAt, params DecisionBody[] decisions) =>
        new(heldAt, [new("刘强", Economy), new("王经理", "91500119MA5U8XRB98")], "逐项明确承办单位和时限", decisions);
}
