using JasperFx.Events;
using Marten.Events.Projections;

namespace Nanchuan.Awards.Voting;

/// <summary>Each voter's votes of the day, folded from the log inline (the limits are checked against it).</summary>
internal sealed partial class VoterDayProjection : MultiStreamProjection<VoterDay, string>
{
    public VoterDayProjection()
    {
        IncludeType<VoteCast>(); // a save runs this projection only for its declared types (ADR 0179)
        Identity<VoteCast>(e => VoterDay.KeyOf(e.VoteLogId, e.VoterHash, e.Day));
    }

    public override VoterDay? Evolve(VoterDay? snapshot, string id, IEvent e) =>
        e.Data is VoteCast cast ? new VoterDay { Id = id, Entries = [.. snapshot?.Entries ?? [], cast.EntryId] } : snapshot;
}

/// <summary>Each source's current window, folded from the log inline by the same rule the vote applied.</summary>
internal sealed partial class SourceWindowProjection : MultiStreamProjection<SourceWindow, string>
{
    public SourceWindowProjection()
    {
        IncludeType<VoteCast>(); // a save runs this projection only for its declared types (ADR 0179)
        Identity<VoteCast>(e => SourceWindow.KeyOf(e.VoteLogId, e.SourceHash));
    }

    public override SourceWindow? Evolve(SourceWindow? snapshot, string id, IEvent e) => e.Data is VoteCast cast
        ? new SourceWindow { Id = id, Start = cast.SourceWindowStart, Votes = cast.SourceWindowStart == snapshot?.Start ? snapshot.Votes + 1 : 1 }
        : snapshot;
}
