namespace Nanchuan.Grievances.Domain;

/// <summary>The Chinese words the slip, the audit summaries and the exports use for the module's enums.</summary>
internal static class Labels
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>The instant in Beijing time (China has no daylight saving), as users read it.</summary>
    public static DateTimeOffset ToBeijing(this DateTimeOffset at) => at.ToOffset(BeijingOffset);

    public static string ToChinese(this IntakeChannel channel) => channel switch
    {
        IntakeChannel.Platform => "平台",
        IntakeChannel.Phone => "电话",
        IntakeChannel.Box => "意见箱",
        IntakeChannel.EnterpriseHomeDesk => "企业之家",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string ToChinese(this FeedbackBoxLocation box) => box switch
    {
        FeedbackBoxLocation.DistrictGovernmentBuilding => "区政府大楼",
        FeedbackBoxLocation.IndustrialPark => "工业园区",
        FeedbackBoxLocation.ServiceHall => "政务大厅",
        _ => throw new ArgumentOutOfRangeException(nameof(box), box, null),
    };

    public static string ToChinese(this ProblemType type) => type switch
    {
        ProblemType.Simple => "简单问题",
        ProblemType.General => "一般问题",
        ProblemType.Complex => "复杂问题",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string ToChinese(this ContactMethod method) => method switch
    {
        ContactMethod.Phone => "电话",
        ContactMethod.Visit => "上门走访",
        ContactMethod.Meeting => "约谈座谈",
        ContactMethod.Online => "线上",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
