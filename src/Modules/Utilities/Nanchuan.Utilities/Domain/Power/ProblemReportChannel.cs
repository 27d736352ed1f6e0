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

public static class ProblemReportChannels
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

    /// <summary>Hours of the enterprise hotline 023-71992345 (08:30–18:00 every day, holidays included, Asia/Shanghai).</summary>
    private static readonly TimeOnly HotlineOpens = new(8, 30);

    private static readonly TimeOnly HotlineCloses = new(18, 0);

    /// <summary>Whether a report by this channel can have come in at that moment: the enterprise hotline answers 08:30–18:00.</summary>
    public static bool IsAnsweredAt(this ProblemReportChannel channel, DateTimeOffset at)
    {
        if (channel != ProblemReportChannel.EnterpriseHotline) return true;
        var local = TimeOnly.FromTimeSpan(at.ToOffset(TimeSpan.FromHours(8)).TimeOfDay);
        return local >= HotlineOpens && local <= HotlineCloses;
    }
}
