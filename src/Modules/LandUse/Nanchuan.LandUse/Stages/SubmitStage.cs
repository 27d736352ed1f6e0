using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.LandUse.Integration;

namespace Nanchuan.LandUse.Stages;

/// <summary>Hand in a stage (受理): the materials the applicant (or, at stage 1, the land reserve agency) brings, by id ("5.1").</summary>
/// <param name="Materials">Ids of the materials brought; must be exactly those the module computes (GET …/requirements).</param>
/// <param name="TopographicMapSurveyedOn">Survey date of the 1:500 topographic map: required at stage 1, and whenever the applicant brings a new map.</param>
/// <param name="CommitmentRoute">Stage 5: the enterprise chooses the commitment route (告知承诺) for an industrial or warehouse building.</param>
public sealed record SubmitStage(IReadOnlyList<string>? Materials, DateOnly? TopographicMapSurveyedOn = null, bool CommitmentRoute = false)
    : IOpenApiExample<SubmitStage>
{
    public static SubmitStage Example => new(["5.1", "5.4"]);
}

/// <summary>The accepted stage: what was filed and how, and the adapter calls made.</summary>
public sealed record StageAcceptance(string Code, int Stage, string StageName, int ApplicantMaterials, bool WindowTrip, IReadOnlyList<FiledMaterial> Filed, IReadOnlyList<AdapterCall> AdapterCalls);

public static class SubmitStageEndpoint
{
    [WolverinePost("/api/landuse/projects/{code}/stages/{stage}/submission")]
    [Authorize(Roles = ProjectAccess.Submitters)]
    [Tags("LandUse")]
    [EndpointSummary("环节受理 / Hand in a stage")]
    [EndpointDescription("The module computes what the applicant must bring (exactly those ids are accepted), attaches earlier stages' outputs, and fetches exempt materials from other systems (each call recorded, retried 3 times). A stage whose earlier stages are not completed is a 409. If a system does not answer, the answer is 503 naming the system, the failure is recorded, and the enterprise is not asked for the material. A hand-in through the window with applicant materials counts one trip.")]
    [ProducesResponseType<StageAcceptance>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public static async Task<IResult> Post(
        string code, int stage, SubmitStage command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar,
        SimulatedExternalSystems systems, CancellationToken cancellation)
    {
        var id = await ProjectLookup.StreamIdOf(session, code, cancellation);
        var stream = await CaseStreams.LoadAsync<LandUseProject>(session, id, ProjectLookup.Name, cancellation);
        var project = stream.Aggregate!;
        var actor = CurrentActor.Value;
        ProjectAccess.EnsureCanSee(project, actor);

        if (stage == 1 && actor.Role == Roles.Enterprise)
            throw new AccessDeniedException("第1环节材料由储备机构提供，企业无需也不能提交 / stage 1 is handed in by the land reserve agency, not the enterprise.");
        var catalogueStage = StageDecisions.CatalogueStage(project, stage);
        StageDecisions.EnsureCanAccept(project, stage);
        var now = clock.GetUtcNow();
        var today = calendar.LocalDay(now);
        var requirements = RequiredMaterials.For(catalogueStage, StageDecisions.Facts(project, today, command.CommitmentRoute));
        var brought = command.Materials ?? [];
        StageDecisions.EnsureExactlyTheRequiredMaterials(requirements, brought);
        var newMap = NewMapDate(stage, requirements, command.TopographicMapSurveyedOn, today);

        var calls = new List<AdapterCall>();
        var filed = new List<FiledMaterial>();
        foreach (var requirement in requirements.Where(r => r.InFile))
        {
            if (requirement.Disposition != MaterialDisposition.FetchedFromSystem)
            {
                var reference = requirement.Disposition == MaterialDisposition.AttachedFromEarlierStage ? project.ReferenceOf(requirement.FromStage!.Value) : $"{code}/{requirement.MaterialId}";
                filed.Add(new FiledMaterial(requirement.MaterialId, requirement.Name, requirement.Disposition, reference));
                continue;
            }
            var references = new List<string>();
            foreach (var system in requirement.Systems)
            {
                var attempts = systems.Fetch(system, code, requirement.MaterialId);
                calls.AddRange(attempts);
                if (!attempts[^1].Succeeded)
                {
                    stream.AppendOne(new ExternalFetchFailed(id, code, stage, system, requirement.MaterialId, attempts, now));
                    return Unavailable(system, requirement, attempts.Count);
                }
                references.Add(attempts[^1].Reference!);
            }
            filed.Add(new FiledMaterial(requirement.MaterialId, requirement.Name, requirement.Disposition, string.Join("；", references)));
        }

        var trip = actor.Channel == Channels.Window && filed.Any(f => f.Disposition == MaterialDisposition.ApplicantBrings);
        var accepted = new StageAccepted(id, code, stage, catalogueStage.Name, requirements, filed, calls, trip, command.CommitmentRoute, newMap, now);
        stream.AppendOne(accepted);
        return Results.Ok(new StageAcceptance(code, stage, catalogueStage.Name, accepted.ApplicantMaterials, trip, filed, calls));
    }

    /// <summary>Stage 1 records the map's survey date; a stage where the applicant brings a new map records the new one.</summary>
    private static DateOnly? NewMapDate(int stage, IReadOnlyList<MaterialRequirement> requirements, DateOnly? surveyedOn, DateOnly today)
    {
        var bringsMap = stage == 1 || requirements.Any(r => r.Disposition == MaterialDisposition.ApplicantBrings && r.Name.Contains("地形图"));
        if (!bringsMap) return null;
        if (surveyedOn is not { } date)
            throw new DomainValidationException("topographicMapSurveyedOn", "请填写地形图测绘日期 / the survey date of the topographic map is required.");
        if (date > today)
            throw new DomainValidationException("topographicMapSurveyedOn", "测绘日期不能晚于今天 / the survey date cannot be in the future.");
        if (stage != 1 && date.AddYears(1) < today)
            throw new DomainValidationException("topographicMapSurveyedOn", "新提供的地形图也已超过一年 / the new map is also more than one year old.");
        return date;
    }

    private static IResult Unavailable(ExternalSystem system, MaterialRequirement requirement, int attempts) => Results.Problem(
        title: "外部系统不可用 / External system unavailable",
        detail: $"无法从{system}（{SimulatedExternalSystems.InterfaceOf(system)}）获取材料 {requirement.MaterialId}“{requirement.Name}”，已重试{attempts}次，请稍后再次受理；不会要求企业补交 / {system} did not answer for material {requirement.MaterialId} after {attempts} attempts; hand the stage in again later — the enterprise is not asked to bring it.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        extensions: new Dictionary<string, object?> { ["system"] = system.ToString(), ["materialId"] = requirement.MaterialId, ["attempts"] = attempts });
}
