using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Calendar;
using Wolverine;

namespace Nanchuan.LandUse.Stages;

/// <summary>Complete a stage (办结) with the numbers of its outputs, keyed as in the catalogue (e.g. {"contract": "渝南川出让〔2024〕12号"}).</summary>
public sealed record CompleteStage(IReadOnlyDictionary<string, string>? Outputs) : IOpenApiExample<CompleteStage>
{
    public static CompleteStage Example => new(new Dictionary<string, string> { ["completionConfirmation"] = "南川规核〔2025〕0088号" });
}

public sealed record StageCompletion(string Code, int Stage, IReadOnlyList<StageOutput> Outputs, decimal WorkingDays);

public static class CompleteStageEndpoint
{
    [WolverinePost("/api/landuse/projects/{code}/stages/{stage}/completion")]
    [Authorize(Roles = ProjectAccess.Handlers)]
    [Tags("LandUse")]
    [EndpointSummary("环节办结 / Complete a stage with its outputs")]
    [EndpointDescription("Records the stage's outputs with their numbers (land list, contract or allocation decision, permits, certificates) and the elapsed working days since acceptance. Every output of the stage is required; a stage not accepted, or already completed, is a 409.")]
    [ProducesResponseType<StageCompletion>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(StageCompletion, OutgoingMessages)> Post(
        string code, int stage, CompleteStage command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var id = await ProjectLookup.StreamIdOf(session, code, cancellation);
        var stream = await CaseStreams.LoadAsync<LandUseProject>(session, id, ProjectLookup.Name, cancellation);
        var project = stream.Aggregate!;
        ProjectAccess.EnsureCanSee(project, CurrentActor.Value);
        var outputs = StageDecisions.Outputs(project, StageDecisions.CatalogueStage(project, stage), command.Outputs);
        var now = clock.GetUtcNow();
        var days = calendar.WorkingDaysBetween(project.Stage(stage)!.AcceptedAt, now);
        var completed = new StageCompleted(id, code, stage, outputs, now, days);
        stream.AppendOne(completed);
        return (new StageCompletion(code, stage, outputs, days), [.. ProjectOversight.Closed(project, completed)]);
    }
}
