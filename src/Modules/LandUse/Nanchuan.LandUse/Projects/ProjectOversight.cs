using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.LandUse.Domain.Catalogue;

namespace Nanchuan.LandUse.Projects;

/// <summary>
/// A project's own events mirrored as the oversight contract's case events (ADR 0035): opened at its code (赋码), closed when its
/// last stage is completed. The one-code process sets no deadline, so on time is not asked.
/// </summary>
internal static class ProjectOversight
{
    public const string CaseType = "land-use-project";

    private static readonly OversightCaseType Type = new(LandUseModule.ModuleName, CaseType);

    public static CaseOpened Opened(LandUseProjectStarted e) =>
        Type.Opened(e.ProjectId, e.CreditCode, ProjectAccess.ResponsibleDepartment, $"用地项目：{e.ProjectName}（{e.EnterpriseName}）", e.StartedAt,
            reference: e.Code, enterpriseName: e.EnterpriseName);

    /// <summary>None unless <paramref name="e"/> completed the catalogue's last stage.</summary>
    public static IEnumerable<CaseClosed> Closed(LandUseProject project, StageCompleted e) =>
        e.Stage == StageCatalogue.Of(project.SupplyType).Stages.Max(s => s.Number)
            ? [Type.Closed(e.ProjectId, project.CreditCode, ProjectAccess.ResponsibleDepartment, "已办结", null, e.CompletedAt)]
            : [];
}
