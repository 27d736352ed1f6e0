using Nanchuan.BuildingBlocks.Platform.Reads;
using System.Linq.Expressions;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Water;

namespace Nanchuan.Utilities.Water;

/// <summary>A water connection as it stands, with its full process.</summary>
public sealed record WaterConnectionDetails(
    Guid Id,
    long Version,
    WaterConnectionStatus Status,
    string StatusLabel,
    string CreditCode,
    string EnterpriseName,
    WaterApplicationChannel Channel,
    string SiteAddress,
    string Provider,
    DateTimeOffset SignedAt,
    DateTimeOffset ConnectionDueAt,
    DateTimeOffset? ConnectedAt,
    bool? ConnectedWithinLimit,
    IReadOnlyList<CostItem> CostItems,
    decimal? Total,
    DateTimeOffset? CostListReceivedAt,
    DateTimeOffset? PaymentDueAt,
    bool PaymentOverdue,
    DateTimeOffset? PaidAt,
    bool? PaidWithinLimit,
    IReadOnlyList<SupervisionNotice> SupervisionNotices,
    IReadOnlyList<ProcessStep> Steps) : ICaseView
{
    /// <summary>Erasures of personal data that rewrote the connection: part of its ETag (ADR 0128).</summary>
    public int PersonalDataErasures { get; init; }

    public static WaterConnectionDetails From(WaterConnection c) => new(
        c.Id, c.Version, c.Status, c.Status.ToChinese(), c.CreditCode, c.EnterpriseName, c.Channel, c.SiteAddress, c.Provider, c.SignedAt,
        c.Deadlines.Find(UtilityDeadline.WaterConnection)!.DueAt, c.ConnectedAt, c.ConnectedWithinLimit, c.CostItems, c.Total, c.CostListReceivedAt,
        c.Deadlines.Find(UtilityDeadline.WaterPayment)?.DueAt, c.PaymentOverdue, c.PaidAt, c.PaidWithinLimit, c.Deadlines.SupervisionNotices, c.Steps)
    {
        PersonalDataErasures = c.PersonalDataErasures,
    };
}

public static class WaterQueries
{
    [WolverineGet($"{UtilitiesModule.Route}/water-connections/{{id}}")]
    [Authorize(Roles = UtilityAccess.Readers)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("供水报装全流程查询 / Full process of a water connection")]
    [EndpointDescription("Every step, the connection and payment deadlines, and whether the payment is overdue. An enterprise sees its own, the water company's staff theirs.")]
    [ProducesResponseType<WaterConnectionDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<WaterConnectionDetails> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation) =>
        WaterConnectionDetails.From(await VisibleCases.LoadAsync<WaterConnection>(snapshots, id, WaterStepEndpoints.What, cancellation));

    [WolverineGet($"{UtilitiesModule.Route}/water-connections")]
    [Authorize(Roles = UtilityAccess.Readers)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("供水报装列表 / Water connections")]
    [EndpointDescription("The connections the caller may see, newest first. `outstandingOnly=true`: commitments not yet fulfilled after the cost list; `overdueOnly=true`: payments overdue (visible to the company and the BusinessOffice). Paging, counted after the filters: `limit` connections (1 to 500, default 500) from `offset` (0 or more, default 0) in a stable order, newest signed first and then by id, so `offset=0`, `500`, `1000`… give every connection exactly once.")]
    [ProducesResponseType<IReadOnlyList<WaterConnectionDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<WaterConnectionDetails>> List(bool? outstandingOnly, bool? overdueOnly, int? limit, int? offset, IQuerySession session, CancellationToken cancellation)
    {
        var filters = new List<Expression<Func<WaterConnection, bool>>>();
        if (outstandingOnly == true) filters.Add(c => c.Status == WaterConnectionStatus.Billed);
        // The stored snapshot holds the derived PaymentOverdue (System.Text.Json writes get-only properties), so the filter runs in
        // the database, before the offset and the limit.
        if (overdueOnly == true) filters.Add(c => c.PaymentOverdue);
        var connections = await VisibleCases.PageAsync(session, nameof(WaterConnection.Provider), nameof(WaterConnection.SignedAt), limit, offset, cancellation, [.. filters]);
        return connections.Select(WaterConnectionDetails.From).ToList();
    }
}
