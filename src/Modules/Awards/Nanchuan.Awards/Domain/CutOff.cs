using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Awards.Domain;

/// <summary>An entry with the keys it is ranked by, most important first, higher better.</summary>
internal sealed record Ranked(Guid EntryId, IReadOnlyList<decimal> Keys);

/// <summary>
/// A draw that settled a tie at a cut-off (platform rule 8): the tied entries, the places left, the seed and the algorithm, and
/// the entries drawn. <see cref="CutOff.Replay"/> gives the same selection from these.
/// </summary>
public sealed record TieDraw(string CutOff, IReadOnlyList<string> Candidates, int Places, string Seed, string Algorithm, IReadOnlyList<string> Selected);

/// <summary>
/// The cut-off rule of every phase (spec, default): with no more candidates than places all pass; otherwise the best by their
/// keys in order, and a tie that still straddles the last place is settled by an auditable draw among the tied.
/// </summary>
internal static class CutOff
{
    public static (IReadOnlyList<Guid> Selected, TieDraw? Draw) Select(string name, IReadOnlyList<Ranked> candidates, int places, string seed)
    {
        var ordered = candidates.OrderBy(c => c.Keys, KeyOrder.Instance).ThenBy(c => c.EntryId).ToList();
        if (ordered.Count <= places || KeyOrder.Instance.Compare(ordered[places - 1].Keys, ordered[places].Keys) != 0)
            return (ordered.Take(places).Select(c => c.EntryId).ToList(), null);

        var boundary = ordered[places - 1].Keys;
        var above = ordered.TakeWhile(c => KeyOrder.Instance.Compare(c.Keys, boundary) < 0).ToList();
        var tied = ordered.Where(c => KeyOrder.Instance.Compare(c.Keys, boundary) == 0).Select(c => c.EntryId.ToString()).ToList();
        var draw = Replay(name, tied, places - above.Count, seed);
        return ([.. above.Select(c => c.EntryId), .. draw.Selected.Select(Guid.Parse)], draw);
    }

    public static TieDraw Replay(string name, IReadOnlyList<string> tied, int places, string seed) =>
        new(name, tied, places, seed, AuditableDraw.Algorithm, AuditableDraw.Select(tied, seed, places));

    /// <summary>Higher keys first, the first key deciding before the next.</summary>
    private sealed class KeyOrder : IComparer<IReadOnlyList<decimal>>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(IReadOnlyList<decimal>? x, IReadOnlyList<decimal>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
                if (x[i] != y[i]) return y[i].CompareTo(x[i]);
            return 0;
        }
    }
}
