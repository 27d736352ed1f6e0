using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.LandUse.Projects;

/// <summary>Record a window visit for the project that is not a stage hand-in (supplementing, collecting a certificate).</summary>
/// <param name="Stage">The stage the visit concerns, if any (1–7).</param>
public sealed record RecordWindowVisit(int? Stage, string Purpose) : IOpenApiExample<RecordWindowVisit>
{
    public static RecordWindowVisit Example => new(5, "补正建设工程设计方案");
}

public sealed record WindowVisitView(Guid VisitId, string Code, int Trips);

public static class RecordWindowVisitEndpoint
{
    [WolverinePost("/api/landuse/projects/{code}/visits")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("LandUse")]
    [EndpointSummary("登记窗口跑动 / Record a window visit")]
    [EndpointDescription("Window clerks record every visit of the applicant that is not a stage hand-in; it counts as a trip in the project's report (and against a \"zero trips\" stage if it concerns one). Returns the project's trips so far.")]
    [ProducesResponseType<WindowVisitView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<WindowVisitView> Post(string code, RecordWindowVisit command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>();
        if (command.Stage is < 1 or > 7) errors["stage"] = ["环节应为1至7 / the stage must be 1–7."];
        if (string.IsNullOrWhiteSpace(command.Purpose) || command.Purpose.Length > 500) errors["purpose"] = ["请填写来访事由（500字以内） / purpose is required (at most 500 characters)."];
        var id = await ProjectLookup.StreamIdOf(session, code, cancellation);
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var stream = await CaseStreams.LoadAsync<LandUseProject>(session, id, ProjectLookup.Name, cancellation);
        var project = stream.Aggregate!;
        var visit = new WindowVisitRecorded(id, code, Guid.NewGuid(), command.Stage, command.Purpose.Trim(), clock.GetUtcNow());
        var tripsBefore = Domain.Reporting.ProjectReport.Of(project).Trips;
        stream.AppendOne(visit);
        return new WindowVisitView(visit.VisitId, code, tripsBefore + 1);
    }
}
