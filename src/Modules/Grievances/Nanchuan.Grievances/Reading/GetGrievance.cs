using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Reading;

/// <summary>
/// A request as it stands: what was received, every handling round, and the deadlines still running. Read with its version
/// as ETag (and its erasures, ADR 0128); a conditional GET of an unchanged request is a 304 (ADR 0119), answered from memory
/// when this node answered the same token before (ADR 0168: who may read it is decided by the token and the request alone).
/// </summary>
public sealed record GrievanceDetails(
    Guid Id,
    long Version,
    GrievanceStatus Status,
    string StatusLabel,
    IntakeChannel Channel,
    FeedbackBoxLocation? BoxLocation,
    DateOnly? BoxCollectionDate,
    RequestSource? Source,
    string EnterpriseName,
    string? CreditCode,
    string? RegisteredEnterpriseName,
    string ContactPerson,
    string Phone,
    string Content,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AssignmentDueAt,
    bool AssignmentOverdue,
    IReadOnlyList<HandlingRound> Rounds,
    IReadOnlyList<OpenDeadline> OpenDeadlines,
    string? TrackingReason,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<RelatedCase> RelatedCases) : IOpenApiExample<GrievanceDetails>, ISingleStreamCaseView
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Erasures of personal data that rewrote the request: part of its ETag (ADR 0128).</summary>
    public int PersonalDataErasures { get; init; }

    public static GrievanceDetails Example
    {
        get
        {
            var id = Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b");
            var assignedAt = new DateTimeOffset(2024, 5, 9, 10, 0, 0, Beijing);
            var dueAt = new DateTimeOffset(2024, 5, 11, 18, 0, 0, Beijing);
            var round = new HandlingRound
            {
                GrievanceId = id, Round = 1, SlipNumber = "ncqhww2024-01", ProblemType = ProblemType.Simple, TimeLimitWorkingDays = 2,
                HandlingUnitId = "qu-chengshiguanliju", HandlingUnitName = "区城市管理局", AssignedAt = assignedAt, DueAt = dueAt,
            };
            return new GrievanceDetails(id, 2, GrievanceStatus.Assigned, GrievanceStatus.Assigned.ToChinese(), IntakeChannel.Platform, null, null, null,
                "重庆南川示例科技有限公司", "91500119MA5U8XRB98", "重庆南川示例科技有限公司", "王经理", "13812345678", "厂区门前道路破损，货车进出困难，请协调修复。",
                new DateTimeOffset(2024, 5, 8, 9, 30, 0, Beijing), new DateTimeOffset(2024, 5, 9, 18, 0, 0, Beijing), false, [round],
                [new OpenDeadline(DeadlineKind.Handling, 1, assignedAt, 2, dueAt)], null, null, []);
        }
    }

    public static GrievanceDetails From(Grievance g) => new(
        g.Id, g.Version, g.Status, g.Status.ToChinese(), g.Channel, g.BoxLocation, g.BoxCollectionDate, g.Source,
        g.EnterpriseName, g.CreditCode?.Value, g.RegisteredEnterpriseName, g.ContactPerson, g.Phone, g.Content, g.ReceivedAt,
        g.AssignmentDueAt, g.IsAssignmentOverdue, g.Rounds, g.OpenDeadlines(), g.TrackingReason, g.ClosedAt, g.RelatedCases)
    {
        PersonalDataErasures = g.PersonalDataErasures,
    };
}

public static class GetGrievanceEndpoint
{
    [WolverineGet($"{GrievancesModule.Route}/{{id}}")]
    [Authorize(Roles = GrievanceAccess.Readers)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("企业诉求详情 / One enterprise request")]
    [EndpointDescription("The request, its rounds (slip, unit, limit, deadline, report, evaluation) and its running deadlines. An enterprise sees only its own requests, a department handler only those currently assigned to its department; others get 403 with the reason.")]
    [ProducesResponseType<GrievanceDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<GrievanceDetails> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation) =>
        GrievanceDetails.From(await LoadVisibleAsync(snapshots, id, cancellation));

    /// <summary>The request, if it exists and the current actor may see it: its snapshot read without a Marten session (ADR 0202).</summary>
    public static async Task<Grievance> LoadVisibleAsync(CaseSnapshots snapshots, Guid id, CancellationToken cancellation)
    {
        var grievance = await snapshots.LoadAsync<Grievance>(id, cancellation) ?? throw GrievanceCase.Name.NotFound(id);
        GrievanceAccess.EnsureCanSee(CurrentActor.Value, grievance);
        return grievance;
    }
}
