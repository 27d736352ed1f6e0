using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Procurement.Oversight;

/// <summary>The module's cases as the oversight contract describes them, and their names for 404 answers.</summary>
internal static class ProcurementCases
{
    public const string ProjectType = "works-project";

    public static readonly CaseName ProjectName = new("限下工程项目", "works project");
    public static readonly CaseName CheckDrawName = new("履约检查抽取", "performance-check draw");

    private static readonly OversightCaseType Projects = new(ProcurementModule.ModuleName, ProjectType);

    /// <summary>The project for a deadline: the award is the owner's step, the approval the supervising department's.</summary>
    public static OversightCase Of(WorksProject project, string deadline) =>
        Projects.Case(project.Id, project.Owner.CreditCode, deadline == DeadlineNames.Approval ? project.SupervisingDepartment : project.Owner.Name);

    public static CaseOpened Opened(WorksProject project) =>
        Projects.Opened(project.Id, project.Owner.CreditCode, project.SupervisingDepartment, $"限下工程：{project.Title}（{project.MethodName}）", project.PublishedAt,
            enterpriseName: project.Owner.Name);

    public static CaseClosed Closed(WorksProject project) =>
        Projects.Closed(project.Id, project.Owner.CreditCode, project.SupervisingDepartment, project.Status.ToChinese(), null, project.ClosedAt!.Value);
}
