namespace Nanchuan.Licensing.EnterpriseHome.Talks;

/// <summary>Book a room (its code) for a business talk: the day, from–to on the half hour within business hours, the enterprise, the topic and with whom.</summary>
public sealed record BookTalkRequest(
    string? Room, DateOnly? Day, TimeOnly? Start, TimeOnly? End, string? CreditCode, string? EnterpriseName, string? Topic, string? Counterpart)
    : IOpenApiExample<BookTalkRequest>
{
    public static BookTalkRequest Example => new("T1", new DateOnly(2026, 11, 12), new TimeOnly(9, 30), new TimeOnly(11, 0), "91500119MA5U8XRB98",
        "重庆南川示例科技有限公司", "茶叶深加工项目落地选址", "工业园区管委会招商一部");
}

/// <summary>The record of a held talk (洽谈记录): participants, what was discussed, and optionally its outcome.</summary>
public sealed record RecordTalkBody(IReadOnlyList<string>? Participants, string? Summary, string? Outcome) : IOpenApiExample<RecordTalkBody>
{
    public static RecordTalkBody Example => new(["王经理", "招商一部 李科长"], "介绍龙岩组团可用地块及配套", "企业下周实地踏勘");
}
