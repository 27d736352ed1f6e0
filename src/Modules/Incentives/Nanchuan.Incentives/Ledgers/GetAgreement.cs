using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.BuildingBlocks.Platform.Reads;

namespace Nanchuan.Incentives.Ledgers;

/// <summary>The agreement with both ledgers as they stood at <paramref name="AsOf"/> (now when not asked for an earlier time).</summary>
/// <param name="AsOf">The time the ledgers are shown at.</param>
/// <param name="Version">The agreement's version at that time (the number of its events up to it).</param>
/// <remarks>
/// A case view (ADR 0119): at the same version the ledgers are the same, whatever the time of the read, so a client whose
/// copy is current is answered 304 and keeps its <paramref name="AsOf"/>.
/// </remarks>
public sealed record AgreementLedgers(DateTimeOffset AsOf, int Version, Agreement Agreement) : ICaseView
{
    long ICaseView.Version => Version;

    int ICaseView.PersonalDataErasures => Agreement.PersonalDataErasures;
}

public static class GetAgreementEndpoint
{
    [WolverineGet($"{IncentivesModule.Route}/agreements/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("招商签约协议及双台账 / An agreement and its two ledgers")]
    [EndpointDescription("The enterprise performance ledger and the government fulfilment ledger with every step and who took it. `asOf` (ISO 8601 with offset) shows them as they stood then: the agreement's events recorded up to that time, amendments included, folded again (ADR 0045). For the enterprise itself, the park committee, the finance bureau, the business office and supervisors.")]
    [ProducesResponseType<AgreementLedgers>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<AgreementLedgers> Get(
        Guid id, string? asOf, CaseSnapshots snapshots, IDocumentStore store, TimeProvider time, CancellationToken cancellation)
    {
        var at = asOf is null ? (DateTimeOffset?)null : QueryInstant.Parse("asOf", asOf);
        var current = await snapshots.LoadAsync<Agreement>(id, cancellation) ?? throw AgreementCases.Name.NotFound(id);
        IncentiveAccess.EnsureCanSee(CurrentActor.Value, current);
        if (at is null) return new AgreementLedgers(time.GetUtcNow(), current.Version, current);

        // Only the ledgers of an earlier time need the events, and so a session; the current ones are the snapshot (ADR 0202).
        await using var session = store.QuerySession();
        var events = (await session.Events.FetchStreamAsync(id, token: cancellation)).Where(e => ((IAgreementEvent)e.Data).At <= at).ToList();
        if (events.Count == 0)
            throw new NotFoundException($"招商签约协议 {id} 于 {at:yyyy-MM-dd HH:mm:ss}Z 尚未登记 / agreement {id} was not recorded yet at {at:O}.");
        var then = await ((StoreOptions)session.DocumentStore.Options).Projections.AggregatorFor<Agreement>().BuildAsync(events, session, null, cancellation);
        then!.Version = events.Count;
        then.PersonalDataErasures = current.PersonalDataErasures;
        return new AgreementLedgers(at.Value, events.Count, then);
    }
}
