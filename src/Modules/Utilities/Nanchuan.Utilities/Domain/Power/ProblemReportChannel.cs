using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Utilities.Domain.Power;

/// <summary>Where a power-connection problem was reported (提升办电规范性); every report becomes a Grievance.</summary>
public enum ProblemReportChannel
{
    /// <summary>区经济信息委投诉电话 023-71422916.</summary>
    EconomicCommissionHotline,

    /// <summary>企呼我为统一投诉电话 023-71992345.</summary>
    EnterpriseHotline,

    /// <summary>邮箱 ncjxw71422552@126.com.</summary>
    Email,
}

internal static class ProblemReportChannels
{
    public static string Contact(this ProblemReportChannel channel) => channel switch
    {
        ProblemReportChannel.EconomicCommissionHotline => "023-71422916",
        ProblemReportChannel.EnterpriseHotline => "023-71992345",
        ProblemReportChannel.Email => "ncjxw71422552@126.com",
        _ => channel.ToString(),
    };

    /// <summary>The Grievances module's channel for a report that came this way: the two phone lines are phone, e-mail is online (platform).</summary>
    public static EnterpriseRequestChannel GrievanceChannel(this ProblemReportChannel channel) => channel switch
    {
        ProblemReportChannel.Email => EnterpriseRequestChannel.Platform,
        _ => EnterpriseRequestChannel.Phone,
    };

    /// <summary>
    /// Whether a report by this channel can have come in at that moment: the enterprise hotline answers only in the hours
    /// the Grievances module keeps for it; the other two take reports at any time.
    /// </summary>
    public static bool IsAnsweredAt(this ProblemReportChannel channel, DateTimeOffset at, IEnterpriseHotline hotline) =>
        channel != ProblemReportChannel.EnterpriseHotline || hotline.Answers(at);
}
