using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Licensing.FastApproval;

/// <summary>A fast-approval project's entry and closure mirrored as the oversight contract's case events (ADR 0035), on the pipeline's department.</summary>
internal static class FastApprovalOversight
{
    public const string CaseType = "fast-approval-project";

    private static readonly OversightCaseType Type = new(LicensingModule.ModuleName, CaseType);

    public static CaseOpened Opened(ProjectEnteredPipeline e) =>
        Type.Opened(e.ProjectId, e.InvestorCreditCode.Value, FastApprovalAccess.PipelineDepartment, $"快审流水线项目：{e.Name}（{e.InvestorName}）", e.EnteredAt,
            enterpriseName: e.InvestorName);

    /// <summary>The pipeline sets no limit: on time is not asked.</summary>
    public static CaseClosed Closed(FastApprovalProject state, FastApprovalProjectClosed e) =>
        Type.Closed(e.ProjectId, state.InvestorCreditCode.Value, FastApprovalAccess.PipelineDepartment, "已办结", null, e.ClosedAt);
}
