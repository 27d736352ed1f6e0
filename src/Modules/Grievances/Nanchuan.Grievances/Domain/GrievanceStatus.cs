namespace Nanchuan.Grievances.Domain;

/// <summary>Where a request stands in the loop 收集—交办—办理—反馈—评价—销号—回访.</summary>
public enum GrievanceStatus
{
    /// <summary>已收集: received, waiting to be assigned.</summary>
    Received,

    /// <summary>已交办: assigned to a handling unit with a slip.</summary>
    Assigned,

    /// <summary>已联系: the handling unit has contacted the enterprise.</summary>
    Contacted,

    /// <summary>已办理: the handling report (办理情况) is filed and fed back to the BusinessOffice.</summary>
    Handled,

    /// <summary>已评价: the enterprise said it is satisfied; waiting for 同意销号 or 持续跟踪.</summary>
    Evaluated,

    /// <summary>不满意待再次交办: the enterprise said it is not satisfied; waiting for re-assignment.</summary>
    Unsatisfied,

    /// <summary>已销号: closed.</summary>
    Closed,

    /// <summary>持续跟踪: satisfied, but the BusinessOffice keeps tracking (e.g. a promised completion date is pending).</summary>
    Tracking,
}

internal static class GrievanceStatusLabels
{
    /// <summary>The Chinese label shown to users and named in 409 answers.</summary>
    public static string ToChinese(this GrievanceStatus status) => status switch
    {
        GrievanceStatus.Received => "已收集",
        GrievanceStatus.Assigned => "已交办",
        GrievanceStatus.Contacted => "已联系",
        GrievanceStatus.Handled => "已办理",
        GrievanceStatus.Evaluated => "已评价",
        GrievanceStatus.Unsatisfied => "不满意待再次交办",
        GrievanceStatus.Closed => "已销号",
        GrievanceStatus.Tracking => "持续跟踪",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
