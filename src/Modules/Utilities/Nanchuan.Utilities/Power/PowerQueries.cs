using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Power;

namespace Nanchuan.Utilities.Power;

/// <summary>A power connection as it stands, with its full process (全流程查询).</summary>
public sealed record PowerConnectionDetails(
    Guid Id,
    long Version,
    PowerConnectionStatus Status,
    string StatusLabel,
    string CreditCode,
    string EnterpriseName,
    bool LicenceDataShared,
    string? LegalRepresentative,
    string? RegisteredAddress,
    PowerConnectionClass Class,
    string ClassLabel,
    string Limit,
    string SiteAddress,
    decimal CapacityKva,
    DateOnly? WantedPowerOnDate,
    string Provider,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? InspectionRequestedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    DateTimeOffset? PoweredOnAt,
    bool? WithinLimit,
    decimal? WorkingDaysTaken,
    IReadOnlyList<SupervisionNotice> SupervisionNotices,
    IReadOnlyList<ProcessStep> Steps) : ICaseView
{
    /// <summary>Erasures of personal data that rewrote the connection: part of its ETag (ADR 0128).</summary>
    public int PersonalDataErasures { get; init; }

    public static PowerConnectionDetails From(PowerConnection c) => new(
        c.Id, c.Version, c.Status, c.Status.ToChinese(), c.CreditCode, c.EnterpriseName, c.LicenceDataShared, c.LegalRepresentative, c.RegisteredAddress,
        c.Class, c.Class.ToChinese(), PowerTimeLimits.For(c.Class).Label, c.SiteAddress, c.CapacityKva, c.WantedPowerOnDate, c.Provider, c.AcceptedAt,
        c.InspectionRequestedAt, c.DueAt, c.Deadlines.AnyMissedOpen, c.PoweredOnAt, c.WithinLimit, c.WorkingDaysTaken, c.Deadlines.SupervisionNotices, c.Steps)
    {
        PersonalDataErasures = c.PersonalDataErasures,
    };
}

public static class PowerQueries
{
    [WolverineGet($"{UtilitiesModule.Route}/power-connections/{{id}}")]
    [Authorize(Roles = UtilityAccess.Readers)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("电力报装全流程查询 / Full process of a power connection")]
    [EndpointDescription("Every step with its time, the limit, the deadline and whether it is met. An enterprise sees its own connections, the power company's staff theirs.")]
    [ProducesResponseType<PowerConnectionDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<PowerConnectionDetails> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation) =>
        PowerConnectionDetails.From(await VisibleCases.LoadAsync<PowerConnection>(snapshots, id, PowerStepEndpoints.What, cancellation));

    [WolverineGet($"{UtilitiesModule.Route}/power-connections")]
    [Authorize(Roles = UtilityAccess.Readers)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("电力报装列表 / Power connections")]
    [EndpointDescription("The connections the caller may see, newest first; `overdueOnly=true` lists the overdue ones still open. Paging, counted after the filter: `limit` connections (1 to 500, default 500) from `offset` (0 or more, default 0) in a stable order, newest accepted first and then by id, so `offset=0`, `500`, `1000`… give every connection exactly once.")]
    [ProducesResponseType<IReadOnlyList<PowerConnectionDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<PowerConnectionDetails>> List(bool? overdueOnly, int? limit, int? offset, IQuerySession session, CancellationToken cancellation)
    {
        // The stored snapshot holds the derived AnyMissedOpen (System.Text.Json writes get-only properties), so the filter runs in
        // the database, before the offset and the limit.
        var connections = await VisibleCases.PageAsync<PowerConnection>(session, nameof(PowerConnection.Provider), nameof(PowerConnection.AcceptedAt), limit, offset,
            cancellation, overdueOnly == true ? [c => c.Deadlines.AnyMissedOpen] : []);
        return connections.Select(PowerConnectionDetails.From).ToList();
    }
}
