using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Domain;
using Wolverine.Http;

namespace Nanchuan.Grievances.Reading;

/// <summary>A request as it stands: what was received, every handling round, and the deadlines still running.</summary>
public sealed record GrievanceDetails(
    Guid Id,
    long Version,
    GrievanceStatus Status,
    string StatusLabel,
    IntakeChannel Channel,
    FeedbackBoxLocation? BoxLocation,
    DateOnly? BoxCollectionDate,
    Guid? DeskRequestId,
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
    DateTimeOffset? ClosedAt)
{
    public static GrievanceDetails From(Grievance g) => new(
        g.Id, g.Version, g.Status, g.Status.ToChinese(), g.Channel, g.BoxLocation, g.BoxCollectionDate, g.DeskRequestId,
        g.EnterpriseName, g.CreditCode?.Value, g.RegisteredEnterpriseName, g.ContactPerson, g.Phone, g.Content, g.ReceivedAt,
        g.AssignmentDueAt, g.IsAssignmentOverdue, g.Rounds, g.OpenDeadlines(), g.TrackingReason, g.ClosedAt);
}

public static class GetGrievanceEndpoint
{
    [WolverineGet($"{GrievancesModule.Route}/{{id}}")]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("企业诉求详情 / One enterprise request")]
    [EndpointDescription("The request, its rounds (slip, unit, limit, deadline, report, evaluation) and its running deadlines. An enterprise sees only its own requests, a department handler only those currently assigned to its department; others get 403 with the reason.")]
    [ProducesResponseType<GrievanceDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<GrievanceDetails> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        GrievanceDetails.From(await LoadVisibleAsync(session, id, cancellation));

    /// <summary>The request, if it exists and the current actor may see it.</summary>
    public static async Task<Grievance> LoadVisibleAsync(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var grievance = await session.LoadAsync<Grievance>(id, cancellation) ?? throw GrievanceStreams.NotFound(id);
        GrievanceAccess.EnsureCanSee(CurrentActor.Value, grievance);
        return grievance;
    }
}
