using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.LandUse.Domain.Reporting;

namespace Nanchuan.LandUse.Projects;

/// <summary>The whole project under its code: stages, filed materials, adapter calls, outputs, failures, the report against the baseline, and the stream id for the audit history.</summary>
public sealed record ProjectView(
    string Code, Guid StreamId, SupplyType SupplyType, string ProjectName, string CreditCode, string EnterpriseName, ProjectTraits Traits,
    DateTimeOffset StartedAt, DateOnly? TopographicMapSurveyedOn, string State, IReadOnlyList<ProjectStage> Stages,
    IReadOnlyList<ExternalFetchFailed> FetchFailures, IReadOnlyList<Consultation> Consultations, ProjectReport Report, string AuditHistory);

/// <summary>What a stage would require of this project today.</summary>
public sealed record StageRequirements(string Code, int Stage, string StageName, IReadOnlyList<string> ApplicantBrings, IReadOnlyList<MaterialRequirement> Materials);

public static class ProjectQueries
{
    [WolverineGet("/api/landuse/projects/{code}")]
    [Authorize(Roles = ProjectAccess.Readers)]
    [Tags("LandUse")]
    [EndpointSummary("按项目代码查询全流程 / Look a project up by its one code")]
    [EndpointDescription("Everything hanging off the code. `streamId` opens the full audit history at GET /api/audit/streams/{streamId}. An enterprise sees only its own projects.")]
    [ProducesResponseType<ProjectView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ProjectView> Get(string code, IQuerySession session, CancellationToken cancellation)
    {
        var project = await Load(session, code, cancellation);
        var consultations = await session.Query<Consultation>().Where(c => c.ProjectCode == code).OrderBy(c => c.At).ToListAsync(cancellation);
        return new ProjectView(project.Code, project.Id, project.SupplyType, project.ProjectName, project.CreditCode, project.EnterpriseName, project.Traits,
            project.StartedAt, project.TopographicMapSurveyedOn, project.StateLabel, project.Stages, project.FetchFailures, consultations, ProjectReport.Of(project),
            $"/api/audit/streams/{project.Id}");
    }

    [WolverineGet("/api/landuse/projects/{code}/stages/{stage}/requirements")]
    [Authorize(Roles = ProjectAccess.Readers)]
    [Tags("LandUse")]
    [EndpointSummary("本环节需申请人提交的材料 / What the applicant must bring at a stage")]
    [EndpointDescription("Computed for this project today: each material with how it gets into the file (brought, attached from an earlier stage, fetched from a system, merged, not needed) and why. `commitmentRoute` for stage 5.")]
    [ProducesResponseType<StageRequirements>(StatusCodes.Status200OK)]
    public static async Task<StageRequirements> GetRequirements(string code, int stage, bool? commitmentRoute, IQuerySession session, TimeProvider clock,
        IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var project = await Load(session, code, cancellation);
        var definition = StageDecisions.CatalogueStage(project, stage);
        var requirements = RequiredMaterials.For(definition, StageDecisions.Facts(project, calendar.LocalDay(clock.GetUtcNow()), commitmentRoute == true));
        return new StageRequirements(code, stage, definition.Name,
            requirements.Where(r => r.Disposition == MaterialDisposition.ApplicantBrings).Select(r => r.MaterialId).ToList(), requirements);
    }

    public static async Task<LandUseProject> Load(IQuerySession session, string code, CancellationToken cancellation)
    {
        var id = await ProjectLookup.StreamIdOf(session, code, cancellation);
        var project = await session.LoadAsync<LandUseProject>(id, cancellation) ?? throw new NotFoundException($"项目代码 {code} 不存在 / no project with code {code}.");
        ProjectAccess.EnsureCanSee(project, CurrentActor.Value);
        return project;
    }
}
