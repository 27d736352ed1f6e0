using JasperFx.Events;
using Marten.Events.Projections;

namespace Nanchuan.Awards.Reviewing;

/// <summary>
/// Each burst (集中投票) as a document of its own, folded inline from the log: its flagged votes per candidate, then its review.
/// Unflagged votes never touch it. Kept out of the vote log's snapshot, which every vote reads and rewrites (ADR 0261).
/// </summary>
internal sealed partial class BurstProjection : MultiStreamProjection<Burst, string>
{
    public BurstProjection()
    {
        IncludeType<VoteCast>(); // a save runs this projection only for its declared types (ADR 0179)
        IncludeType<BurstConfirmed>();
        IncludeType<BurstVoided>();
        Identities<VoteCast>(e => e.Flagged ? [Burst.KeyOf(e.VoteLogId, e.SourceHash, e.SourceWindowStart)] : []);
        Identity<BurstConfirmed>(e => Burst.KeyOf(e.VoteLogId, e.SourceHash, e.WindowStart));
        Identity<BurstVoided>(e => Burst.KeyOf(e.VoteLogId, e.SourceHash, e.WindowStart));
    }

    public override Burst? Evolve(Burst? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case VoteCast { Flagged: true } cast:
                var burst = snapshot ?? new Burst
                {
                    Id = id, VoteLogId = cast.VoteLogId, SourceHash = cast.SourceHash, WindowStart = cast.SourceWindowStart,
                    FirstFlaggedPosition = cast.Position, FirstFlaggedAt = cast.CastAt,
                };
                burst.Votes[cast.EntryId] = burst.Votes.GetValueOrDefault(cast.EntryId) + 1;
                burst.LastFlaggedAt = cast.CastAt;
                return burst;
            case BurstConfirmed confirmed when snapshot is not null:
                snapshot.Review = BurstReview.Confirmed;
                snapshot.Reason = confirmed.Note;
                snapshot.ReviewedAt = confirmed.ConfirmedAt;
                return snapshot;
            case BurstVoided voided when snapshot is not null:
                snapshot.Review = BurstReview.Voided;
                snapshot.Reason = voided.Reason;
                snapshot.ReviewedAt = voided.VoidedAt;
                return snapshot;
            default:
                return snapshot;
        }
    }
}
