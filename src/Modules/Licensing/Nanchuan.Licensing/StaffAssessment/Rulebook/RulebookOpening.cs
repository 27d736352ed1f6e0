using Marten.Exceptions;
using Nanchuan.BuildingBlocks.Platform.Openings;

namespace Nanchuan.Licensing.StaffAssessment.Rulebook;

/// <summary>
/// Opens the rulebook with the seed's rules at the first start of the platform, so every deduction finds rules to quote and the
/// hall's changes always amend a stream that exists. Another node opening it at the same moment is fine.
/// </summary>
public sealed class RulebookOpening(IDocumentStore store) : IPlatformOpening
{
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(AssessmentRulebook.StreamId, cancellationToken) is not null) return;
        session.Events.StartStream<AssessmentRulebook>(AssessmentRulebook.StreamId, SeedRules.Adopted());
        try { await session.SaveChangesAsync(cancellationToken); }
        catch (ExistingStreamIdCollisionException) { }
    }
}
