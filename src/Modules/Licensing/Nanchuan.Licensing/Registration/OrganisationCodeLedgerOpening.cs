using Marten.Exceptions;
using Nanchuan.BuildingBlocks.Platform.Openings;

namespace Nanchuan.Licensing.Registration;

/// <summary>The district's organisation-code ledger was opened (once, at the first start of the platform).</summary>
public sealed record OrganisationCodeLedgerOpened(string CreditCodePrefix) : IDescribedEvent
{
    public string Describe() => $"开立组织机构代码台账（统一社会信用代码前缀{CreditCodePrefix}）";
}

/// <summary>
/// Opens the ledger stream at start-up, so that every issue finds a stream to lock: two first-ever issues racing to
/// create it would otherwise end in a 409. Another node opening it at the same moment is fine.
/// </summary>
public sealed class OrganisationCodeLedgerOpening(IDocumentStore store) : IPlatformOpening
{
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(OrganisationCodeLedger.StreamId, cancellationToken) is not null) return;
        session.Events.StartStream<OrganisationCodeLedger>(OrganisationCodeLedger.StreamId, new OrganisationCodeLedgerOpened(OrganisationCode.CreditCodePrefix));
        try { await session.SaveChangesAsync(cancellationToken); }
        catch (ExistingStreamIdCollisionException) { }
    }
}
