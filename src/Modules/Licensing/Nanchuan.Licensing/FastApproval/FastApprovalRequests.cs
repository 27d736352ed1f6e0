using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.LandUse.Contracts;

namespace Nanchuan.Licensing.FastApproval;

/// <summary>A project arriving in the pipeline: its name, investor enterprise and type (e.g. 工业项目, 商业综合体).</summary>
public sealed record EnterPipeline(string Name, UnifiedSocialCreditCode InvestorCreditCode, string InvestorName, string ProjectType) : IOpenApiExample<EnterPipeline>
{
    public static EnterPipeline Example => new("南川区金佛山康养中心建设项目", UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "重庆南川示例科技有限公司", "社会投资康养项目");
}

/// <summary>
/// 靠前服务: the approval path explained step by step and its pitfalls; with <paramref name="SupplyType"/> (and the project's
/// <paramref name="Conditions"/>) the construction one-time notice is handed over and, if no path is given, its stages are the path.
/// </summary>
public sealed record GiveUpFrontService(IReadOnlyList<string>? ApprovalPath, IReadOnlyList<string>? Pitfalls, SupplyType? SupplyType, IReadOnlyList<ConditionKind>? Conditions)
    : IOpenApiExample<GiveUpFrontService>
{
    public static GiveUpFrontService Example => new(["立项备案", "用地规划许可", "工程规划许可", "施工许可", "竣工验收"],
        ["施工图审查前须完成消防设计", "地形图须为一年内测绘"], LandUse.Contracts.SupplyType.Transfer, []);
}

/// <summary>The one-to-one tracking officer (跟踪服务专员); a reassignment states why.</summary>
public sealed record AssignTrackingOfficer(string OfficerId, string OfficerName, string? Reason) : IOpenApiExample<AssignTrackingOfficer>
{
    public static AssignTrackingOfficer Example => new("clerk-7", "政务服务中心 党员骨干 刘青", null);
}

public sealed record RecordSiteGuidance(ConstructionPhase Phase, string Guidance) : IOpenApiExample<RecordSiteGuidance>
{
    public static RecordSiteGuidance Example => new(ConstructionPhase.Foundation, "指导基坑支护方案报审及质量安全监督手续");
}

public sealed record HoldServiceMeeting(string Topic, IReadOnlyList<string>? Attendees, string Outcome) : IOpenApiExample<HoldServiceMeeting>
{
    public static HoldServiceMeeting Example => new("施工许可与消防审验并联办理", ["区发展改革委", "区住房城乡建委", "区规划自然资源局", "项目业主"], "明确两周内并联完成审查");
}

public sealed record RaiseProblem(string Description) : IOpenApiExample<RaiseProblem>
{
    public static RaiseProblem Example => new("项目临时用电接入排期过长，影响主体施工");
}

public sealed record SolveProblem(string Solution) : IOpenApiExample<SolveProblem>
{
    public static SolveProblem Example => new("协调供电公司提前勘察，三个工作日内完成临时用电接入");
}

public sealed record CloseFastApprovalProject(string Summary) : IOpenApiExample<CloseFastApprovalProject>
{
    public static CloseFastApprovalProject Example => new("项目竣工投产，全部问题已解决");
}
