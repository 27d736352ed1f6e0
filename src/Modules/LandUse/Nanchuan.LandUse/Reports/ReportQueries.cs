using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.LandUse.Domain.Reporting;

namespace Nanchuan.LandUse.Reports;

/// <summary>One exported row: a stage of a project with its figures.</summary>
public sealed record StageExportRow(string Code, string ProjectName, string SupplyType, StageReport Stage);

public static class ReportQueries
{
    public const string ReportReaders = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin},{Roles.DepartmentHandler}";

    private static readonly IReadOnlyList<ExportColumn<StageExportRow>> Columns =
    [
        new("项目代码", r => r.Code), new("项目名称", r => r.ProjectName), new("供地方式", r => r.SupplyType),
        new("环节", r => r.Stage.Stage), new("环节名称", r => r.Stage.Name), new("已办结", r => r.Stage.Completed ? "是" : "否"),
        new("清单材料（改革后）", r => r.Stage.MaterialsInFile), new("清单材料（改革前）", r => r.Stage.MaterialsInFileBefore),
        new("归档材料", r => r.Stage.DocumentsOnFile), new("申请人提交", r => r.Stage.ApplicantMaterials), new("共享获取", r => r.Stage.FetchedMaterials),
        new("自动关联", r => r.Stage.AttachedMaterials), new("跑动次数", r => r.Stage.Trips), new("用时（工作日）", r => r.Stage.WorkingDays),
    ];

    [WolverineGet("/api/landuse/reports/projects")]
    [Authorize(Roles = ReportReaders)]
    [Tags("LandUse")]
    [EndpointSummary("各项目对照基线报表 / Per-project report against the baseline")]
    [EndpointDescription("For every project: steps (against 13), materials in the file (against 36), materials the applicant brought, trips, working days per stage. Also as SQL tables landuse.project_rows, landuse.stage_rows and landuse.stage_summary (docs/reporting.md).")]
    public static async Task<IReadOnlyList<ProjectReport>> GetProjects(IQuerySession session, CancellationToken cancellation) =>
        (await Projects(session, cancellation)).Select(ProjectReport.Of).ToList();

    private static async Task<IReadOnlyList<LandUseProject>> Projects(IQuerySession session, CancellationToken cancellation)
    {
        ProjectAccess.EnsureDepartment(CurrentActor.Value);
        return await session.Query<LandUseProject>().OrderBy(p => p.StartedAt).ToListAsync(cancellation);
    }

    [WolverineGet("/api/landuse/reports/overall")]
    [Authorize(Roles = ReportReaders)]
    [Tags("LandUse")]
    [EndpointSummary("总体报表 / Overall report against the baseline")]
    [EndpointDescription("All projects: averages over projects that completed all seven stages (steps against 13, materials in the file against 36, applicant materials), totals of applicant materials and trips, and per stage the completions, applicant materials, trips and average working days.")]
    public static async Task<OverallReport> GetOverall(IQuerySession session, CancellationToken cancellation) =>
        OverallReport.Of(await GetProjects(session, cancellation));

    [WolverineGet("/api/landuse/reports/stages/export")]
    [Authorize(Roles = ReportReaders)]
    [Tags("LandUse")]
    [EndpointSummary("导出环节报表 / Export the stage report as CSV or XLSX")]
    [EndpointDescription("`format=csv` (default, UTF-8 with BOM) or `format=xlsx`: one row per project and stage.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Export(string? format, IQuerySession session, CancellationToken cancellation)
    {
        var kind = (format ?? "csv").ToLowerInvariant();
        if (kind is not ("csv" or "xlsx")) throw new DomainValidationException("format", "格式应为 csv 或 xlsx / format must be csv or xlsx.");
        var projects = await Projects(session, cancellation);
        var rows = projects.SelectMany(p => ProjectReport.Of(p).Stages.Select(s => new StageExportRow(p.Code, p.ProjectName, ReportValues.EnumName(p.SupplyType), s))).ToList();
        return kind == "csv" ? TabularExport.Csv("landuse-stages", rows, Columns) : TabularExport.Xlsx("landuse-stages", rows, Columns);
    }
}
