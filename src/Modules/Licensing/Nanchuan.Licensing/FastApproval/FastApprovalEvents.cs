using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.LandUse.Contracts;

namespace Nanchuan.Licensing.FastApproval;

/// <summary>
/// The key construction phases of on-site guidance (重点环节现场指导). Glossary: 基础建设 foundation, 主体建设 main structure,
/// 设备安装 equipment installation.
/// </summary>
public enum ConstructionPhase { Foundation, MainStructure, EquipmentInstallation }

internal static class ConstructionPhases
{
    public static string Label(ConstructionPhase phase) => phase switch
    {
        ConstructionPhase.Foundation => "基础建设",
        ConstructionPhase.MainStructure => "主体建设",
        _ => "设备安装",
    };
}

/// <summary>A social investment project entered the fast-approval pipeline (社会投资项目快审流水线: 项目入驻).</summary>
public sealed record ProjectEnteredPipeline(
    Guid ProjectId, string Name, UnifiedSocialCreditCode InvestorCreditCode, string InvestorName, string ProjectType, DateTimeOffset EnteredAt) : IDescribedEvent
{
    public string Describe() => $"{InvestorName}“{Name}”（{ProjectType}）入驻社会投资项目快审流水线";
}

/// <summary>
/// 靠前服务: the whole approval path and its pitfalls (难点、梗点) were explained when the project arrived; when
/// <paramref name="NoticeSupplyType"/> is set, the construction one-time notice (企业工程建设审批全流程一次性告知) of that supply type
/// was handed over, listing <paramref name="NoticeApplicantMaterials"/> materials.
/// </summary>
public sealed record UpFrontServiceGiven(
    Guid ProjectId, IReadOnlyList<string> ApprovalPath, IReadOnlyList<string> Pitfalls, SupplyType? NoticeSupplyType, int? NoticeApplicantMaterials,
    DateTimeOffset GivenAt) : IDescribedEvent
{
    public string Describe() => $"靠前服务：告知审批流程{ApprovalPath.Count}个环节、注意事项{Pitfalls.Count}项{(NoticeSupplyType is null ? "" : "，并出具全流程一次性告知")}";
}

/// <summary>一对一跟踪服务: a tracking officer was assigned; a reassignment names the previous officer and the reason.</summary>
public sealed record TrackingOfficerAssigned(
    Guid ProjectId, string OfficerId, string OfficerName, string? PreviousOfficerId, string? Reason, DateTimeOffset AssignedAt) : IDescribedEvent
{
    public string Describe() => PreviousOfficerId is null
        ? $"安排{OfficerName}一对一跟踪服务"
        : $"跟踪服务专员调整为{OfficerName}：{Reason}";
}

/// <summary>现场指导: on-site guidance at a key construction phase.</summary>
public sealed record SiteGuidanceGiven(Guid ProjectId, Guid VisitId, ConstructionPhase Phase, string Guidance, DateTimeOffset VisitedAt) : IDescribedEvent
{
    public string Describe() => $"{ConstructionPhases.Label(Phase)}阶段现场指导：{Guidance}";
}

/// <summary>专题服务会: a special service meeting with its attendees and outcome.</summary>
public sealed record ServiceMeetingHeld(
    Guid ProjectId, Guid MeetingId, string Topic, IReadOnlyList<string> Attendees, string Outcome, DateTimeOffset HeldAt) : IDescribedEvent
{
    public string Describe() => $"召开专题服务会“{Topic}”（{Attendees.Count}人参加）：{Outcome}";
}

/// <summary>A problem of the project was raised (问题提出).</summary>
public sealed record ProjectProblemRaised(Guid ProjectId, Guid ProblemId, string Description, DateTimeOffset RaisedAt) : IDescribedEvent
{
    public string Describe() => $"提出问题：{Description}";
}

/// <summary>A raised problem was solved, with the solution (问题解决).</summary>
public sealed record ProjectProblemSolved(Guid ProjectId, Guid ProblemId, string Solution, DateTimeOffset SolvedAt) : IDescribedEvent
{
    public string Describe() => $"解决问题：{Solution}";
}

/// <summary>The project left the pipeline (服务办结).</summary>
public sealed record FastApprovalProjectClosed(Guid ProjectId, string Summary, DateTimeOffset ClosedAt) : IDescribedEvent
{
    public string Describe() => $"快审流水线服务办结：{Summary}";
}
