namespace Nanchuan.Licensing.EnterpriseHome.Meetings;

/// <summary>Convene a coordination meeting (协调议事) on one enterprise's matter: the departments by their directory ids, and when it meets.</summary>
public sealed record ConveneMeetingRequest(string? CreditCode, string? EnterpriseName, string? Matter, IReadOnlyList<string>? DepartmentIds, DateTimeOffset? ScheduledAt)
    : IOpenApiExample<ConveneMeetingRequest>
{
    public static ConveneMeetingRequest Example => new("91500119MA5U8XRB98", "重庆南川示例科技有限公司", "新建厂房用电报装与道路开口协调",
        ["qu-jingxinwei", "qu-zhufangchengxiangjianwei", "guowang-nanchuan-gongdian"], new DateTimeOffset(2026, 9, 29, 14, 30, 0, TimeSpan.FromHours(8)));
}

/// <summary>The minutes of a held meeting: when, who attended (for a convened department or the enterprise), a summary, and the decisions.</summary>
public sealed record RecordMinutesBody(DateTimeOffset? HeldAt, IReadOnlyList<AttendeeBody>? Attendees, string? Summary, IReadOnlyList<DecisionBody>? Decisions)
    : IOpenApiExample<RecordMinutesBody>
{
    public static RecordMinutesBody Example => new(new DateTimeOffset(2026, 9, 29, 14, 30, 0, TimeSpan.FromHours(8)),
        [new("刘强", "qu-jingxinwei"), new("王经理", "91500119MA5U8XRB98")], "企业反映新建厂房用电报装与道路开口两项问题，会议逐项明确承办单位和时限",
        [new("协调供电公司10月10日前完成外线接入方案", "qu-jingxinwei", "刘强", new DateOnly(2026, 10, 10))]);
}

/// <summary>An attendee: the name and whom they represent — a convened department's directory id, or the enterprise's credit code.</summary>
public sealed record AttendeeBody(string? Name, string? Represents);

/// <summary>A decision (议定事项): what, the convened department that owns it (directory id), optionally the person, and the working day it is due by.</summary>
public sealed record DecisionBody(string? Content, string? OwnerDepartmentId, string? OwnerPerson, DateOnly? DueDate);

/// <summary>What the owner department did to complete a decision (办理情况).</summary>
public sealed record CompleteDecisionBody(string? Account) : IOpenApiExample<CompleteDecisionBody>
{
    public static CompleteDecisionBody Example => new("已召开专题会，供电公司确定外线接入方案并书面告知企业");
}
