using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Gas;

namespace Nanchuan.Utilities.Gas;

/// <summary>A gas connection as it stands, with its full process and fee.</summary>
public sealed record GasConnectionDetails(
    Guid Id,
    long Version,
    GasConnectionStatus Status,
    string StatusLabel,
    string CreditCode,
    string EnterpriseName,
    string Operator,
    GasApplicationChannel Channel,
    GasUserCategory Category,
    string SiteAddress,
    DateTimeOffset ReceivedAt,
    DateTimeOffset SurveyDueAt,
    DateTimeOffset? SurveyedAt,
    DateTimeOffset? PlanDueAt,
    DateTimeOffset? PlanProposedAt,
    string? Plan,
    DateTimeOffset? UserSignedAt,
    DateTimeOffset? OperatorSignedAt,
    DateTimeOffset? PlanSignedAt,
    int? PriceListVersion,
    string? PackageCode,
    IReadOnlyList<ChosenItem> ChosenItems,
    GasFee? Fee,
    DateTimeOffset? FeeIssuedAt,
    bool Overdue,
    IReadOnlyList<SupervisionNotice> SupervisionNotices,
    IReadOnlyList<ProcessStep> Steps) : ICaseView
{
    /// <summary>Erasures of personal data that rewrote the connection: part of its ETag (ADR 0128).</summary>
    public int PersonalDataErasures { get; init; }

    public static GasConnectionDetails From(GasConnection c) => new(
        c.Id, c.Version, c.Status, c.Status.ToChinese(), c.CreditCode, c.EnterpriseName, c.Operator, c.Channel, c.Category, c.SiteAddress, c.ReceivedAt,
        c.Deadlines.Find(UtilityDeadline.GasSurvey)!.DueAt, c.SurveyedAt, c.Deadlines.Find(UtilityDeadline.GasPlan)?.DueAt, c.PlanProposedAt, c.Plan,
        c.UserSignedAt, c.OperatorSignedAt, c.PlanSignedAt, c.PriceListVersion, c.PackageCode, c.ChosenItems, c.Fee, c.FeeIssuedAt, c.Deadlines.AnyMissedOpen, c.Deadlines.SupervisionNotices, c.Steps)
    {
        PersonalDataErasures = c.PersonalDataErasures,
    };
}

public static class GasQueries
{
    [WolverineGet($"{UtilitiesModule.Route}/gas-connections/{{id}}")]
    [Authorize(Roles = UtilityAccess.Readers)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("燃气报装全流程查询 / Full process of a gas connection")]
    [EndpointDescription("Every step, the deadlines, the signed choice and the itemised fee. An enterprise sees its own, an operator's staff theirs.")]
    [ProducesResponseType<GasConnectionDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<GasConnectionDetails> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation) =>
        GasConnectionDetails.From(await VisibleCases.LoadAsync<GasConnection>(snapshots, id, GasConnectionEndpoints.What, cancellation));

    [WolverineGet($"{UtilitiesModule.Route}/gas-connections")]
    [Authorize(Roles = UtilityAccess.Readers)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("燃气报装列表 / Gas connections")]
    [EndpointDescription("The connections the caller may see, newest first; `overdueOnly=true` lists the overdue ones still open (survey or plan deadline passed). Filters apply before paging. Paging: `limit` connections (1 to 500, default 500) from `offset` (0 or more, default 0) in a stable order, newest received first and then by id, so `offset=0`, `500`, `1000`… give every connection exactly once.")]
    [ProducesResponseType<IReadOnlyList<GasConnectionDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<GasConnectionDetails>> List(bool? overdueOnly, int? limit, int? offset, IQuerySession session, CancellationToken cancellation)
    {
        // The provider is stored as the operator (Provider is derived from it).
        var connections = await VisibleCases.PageAsync<GasConnection>(session, nameof(GasConnection.Operator), nameof(GasConnection.ReceivedAt), limit, offset,
            cancellation, overdueOnly == true ? [c => c.Deadlines.AnyMissedOpen] : []);
        return connections.Select(GasConnectionDetails.From).ToList();
    }

    [WolverineGet($"{UtilitiesModule.Route}/gas/price-lists")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("燃气报装物料清单（公示） / An operator's published price lists")]
    [EndpointDescription("`operatorName`: the operator (e.g. 南川燃气公司). Every version of its list and packages, with when each took effect. Public information: any signed-in user may read it.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IReadOnlyList<PriceListEdition>> PriceLists(string operatorName, IQuerySession session, CancellationToken cancellation)
    {
        var list = await session.LoadAsync<GasPriceList>(GasPriceList.StreamIdFor(operatorName ?? ""), cancellation)
                   ?? throw new NotFoundException($"“{operatorName}”尚未公示物料清单 / '{operatorName}' has published no price list.");
        return list.Editions;
    }
}
