using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.LandUse.Contracts;
using Nanchuan.Licensing.ConstructionNotice;
using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Licensing.FastApproval;

public static class FastApprovalEndpoints
{
    private const string Route = "/api/licensing/fast-approval/projects";
    private const string Writers = $"{Roles.BusinessOffice},{Roles.DepartmentHandler},{Roles.WindowClerk}";

    [WolverinePost(Route)]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.DepartmentHandler}")]
    [Tags("Licensing")]
    [EndpointSummary("项目入驻快审流水线 / A social investment project enters the fast-approval pipeline")]
    [EndpointDescription("区营商办 or 区发展改革委 only: name, investor enterprise (credit code) and project type.")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<(FastApprovalProject, CaseOpened)> Enter(EnterPipeline command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        FastApprovalAccess.EnsureRunsPipeline(CurrentActor.Value);
        var entered = FastApprovalDecisions.Enter(Guid.CreateVersion7(), command, clock.GetUtcNow());
        return (await CaseStreams.StartAsync<FastApprovalProject>(session, entered.ProjectId, [entered], cancellation), FastApprovalOversight.Opened(entered));
    }

    [WolverinePost($"{Route}/{{id}}/up-front-service")]
    [Authorize(Roles = Writers)]
    [Tags("Licensing")]
    [EndpointSummary("靠前服务 / Up-front service")]
    [EndpointDescription("Once per project: the whole approval path and its pitfalls explained; with `supplyType` the construction one-time notice (企业工程建设审批全流程一次性告知) is handed over and its stages are the path when none is given.")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<FastApprovalProject> UpFront(
        Guid id, GiveUpFrontService command, IDocumentSession session, ILandUseStageCatalogue stages, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await FetchAsync(session, id, cancellation);
        FastApprovalAccess.EnsureServes(CurrentActor.Value, stream.Aggregate!);
        OneTimeNotice? notice = null;
        if (command.SupplyType is { } supply)
        {
            if (!Enum.IsDefined(supply)) throw new DomainValidationException("supplyType", "供地方式应为Transfer（出让）或Allocation（划拨） / unknown supply type.");
            notice = ConstructionNoticeDecisions.Build(stages.For(supply), (command.Conditions ?? []).Distinct().ToList());
        }
        var given = FastApprovalDecisions.GiveUpFrontService(stream.Aggregate!, command, notice?.Stages.Select(s => s.Name).ToList(), notice?.ApplicantMaterials, clock.GetUtcNow());
        stream.AppendOne(given);
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/tracking-officer")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.DepartmentHandler}")]
    [Tags("Licensing")]
    [EndpointSummary("安排或调整跟踪服务专员 / Assign or reassign the tracking officer")]
    [EndpointDescription("区营商办 or 区发展改革委 only. A reassignment states the reason and is recorded with the previous officer; assigning the current officer again is a 409.")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<FastApprovalProject> AssignOfficer(Guid id, AssignTrackingOfficer command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        FastApprovalAccess.EnsureRunsPipeline(CurrentActor.Value);
        var stream = await FetchAsync(session, id, cancellation);
        stream.AppendOne(FastApprovalDecisions.AssignOfficer(stream.Aggregate!, command, clock.GetUtcNow()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/site-visits")]
    [Authorize(Roles = Writers)]
    [Tags("Licensing")]
    [EndpointSummary("重点环节现场指导 / On-site guidance at a key construction phase")]
    [EndpointDescription("phase = Foundation (基础建设), MainStructure (主体建设) or EquipmentInstallation (设备安装). The tracking officer, 区营商办 or 区发展改革委.")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<FastApprovalProject> GuideOnSite(Guid id, RecordSiteGuidance command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await FetchAsync(session, id, cancellation);
        FastApprovalAccess.EnsureServes(CurrentActor.Value, stream.Aggregate!);
        stream.AppendOne(FastApprovalDecisions.GuideOnSite(stream.Aggregate!, command, clock.GetUtcNow()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/meetings")]
    [Authorize(Roles = Writers)]
    [Tags("Licensing")]
    [EndpointSummary("专题服务会 / A special service meeting")]
    [EndpointDescription("Topic, attendees and outcome.")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<FastApprovalProject> HoldMeeting(Guid id, HoldServiceMeeting command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await FetchAsync(session, id, cancellation);
        FastApprovalAccess.EnsureServes(CurrentActor.Value, stream.Aggregate!);
        stream.AppendOne(FastApprovalDecisions.HoldMeeting(stream.Aggregate!, command, clock.GetUtcNow()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/problems")]
    [Authorize(Roles = Writers)]
    [Tags("Licensing")]
    [EndpointSummary("提出问题 / Raise a problem of the project")]
    [EndpointDescription("Recorded with the time it was raised; the response lists the project's problems with their ids.")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<FastApprovalProject> Raise(Guid id, RaiseProblem command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await FetchAsync(session, id, cancellation);
        FastApprovalAccess.EnsureServes(CurrentActor.Value, stream.Aggregate!);
        stream.AppendOne(FastApprovalDecisions.Raise(stream.Aggregate!, command, clock.GetUtcNow()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/problems/{{problemId}}/solution")]
    [Authorize(Roles = Writers)]
    [Tags("Licensing")]
    [EndpointSummary("解决问题 / Solve a problem")]
    [EndpointDescription("With the solution and the time it was solved; a problem is solved once (409 the second time).")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<FastApprovalProject> Solve(Guid id, Guid problemId, SolveProblem command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await FetchAsync(session, id, cancellation);
        FastApprovalAccess.EnsureServes(CurrentActor.Value, stream.Aggregate!);
        stream.AppendOne(FastApprovalDecisions.Solve(stream.Aggregate!, problemId, command, clock.GetUtcNow()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/closure")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.DepartmentHandler}")]
    [Tags("Licensing")]
    [EndpointSummary("项目服务办结 / Close the project")]
    [EndpointDescription("区营商办 or 区发展改革委 only, once every problem raised is solved (409 otherwise).")]
    [ProducesResponseType<FastApprovalProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(FastApprovalProject, CaseClosed)> Close(
        Guid id, CloseFastApprovalProject command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        FastApprovalAccess.EnsureRunsPipeline(CurrentActor.Value);
        var stream = await FetchAsync(session, id, cancellation);
        var closed = FastApprovalDecisions.Close(stream.Aggregate!, command, clock.GetUtcNow());
        stream.AppendOne(closed);
        return (await CaseStreams.StateAfterAsync(session, stream, cancellation), FastApprovalOversight.Closed(stream.Aggregate!, closed));
    }

    [WolverineGet($"{Route}/{{id}}")]
    [Authorize(Roles = Roles.AllButPublic)]
    [Tags("Licensing")]
    [EndpointSummary("快审流水线项目 / A fast-approval project")]
    [EndpointDescription("Its up-front service, officers (with reassignments), site visits, meetings and problems. The investor enterprise sees only its own project.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<FastApprovalProject> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var project = await snapshots.LoadAsync<FastApprovalProject>(id, cancellation) ?? throw Name.NotFound(id);
        FastApprovalAccess.EnsureReads(CurrentActor.Value, project);
        return project;
    }

    private static readonly CaseName Name = new("快审流水线项目", "fast-approval project");

    private static Task<JasperFx.Events.IEventStream<FastApprovalProject>> FetchAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadAsync<FastApprovalProject>(session, id, Name, cancellation);
}
