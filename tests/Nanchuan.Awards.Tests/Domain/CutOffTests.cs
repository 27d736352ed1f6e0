using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Awards.Tests.Domain;

/// <summary>The cut-off of every phase: all pass when fewer; ties by the next key, then by an auditable draw.</summary>
public sealed class CutOffTests
{
    private static readonly Guid[] Ids = Enumerable.Range(1, 6).Select(i => new Guid($"00000000-0000-0000-0000-00000000000{i}")).ToArray();

    [Fact]
    public void With_fewer_candidates_than_places_all_pass_best_first()
    {
        var (selected, draw) = CutOff.Select("x", [new(Ids[0], [70m]), new(Ids[1], [90m])], 20, "s");
        selected.ShouldBe([Ids[1], Ids[0]]);
        draw.ShouldBeNull();
    }

    [Fact]
    public void A_tie_on_the_first_key_is_broken_by_the_next_key_before_any_draw()
    {
        var (selected, draw) = CutOff.Select("x", [new(Ids[0], [80m, 60m, 0.1m]), new(Ids[1], [80m, 70m, 0.05m]), new(Ids[2], [90m, 0m, 0m])], 2, "s");
        selected.ShouldBe([Ids[2], Ids[1]]);
        draw.ShouldBeNull();
        var (byShare, _) = CutOff.Select("x", [new(Ids[0], [80m, 60m, 0.1m]), new(Ids[1], [80m, 60m, 0.05m]), new(Ids[2], [90m, 0m, 0m])], 2, "s");
        byShare.ShouldBe([Ids[2], Ids[0]]);
    }

    [Fact]
    public void A_tie_across_the_last_place_is_drawn_among_the_tied_only_and_the_draw_replays()
    {
        Ranked[] candidates = [new(Ids[0], [95m]), new(Ids[1], [80m]), new(Ids[2], [80m]), new(Ids[3], [80m]), new(Ids[4], [60m])];
        var (selected, draw) = CutOff.Select("preliminary", candidates, 3, "公开抽签");

        selected.Count.ShouldBe(3);
        selected[0].ShouldBe(Ids[0]);
        draw!.Candidates.ShouldBe([Ids[1].ToString(), Ids[2].ToString(), Ids[3].ToString()], ignoreOrder: true);
        draw.Places.ShouldBe(2);
        draw.Algorithm.ShouldBe(AuditableDraw.Algorithm);
        draw.Selected.ShouldBe(AuditableDraw.Select(draw.Candidates, "公开抽签", 2));
        selected.Skip(1).Select(g => g.ToString()).ShouldBe(draw.Selected);
        CutOff.Replay("preliminary", draw.Candidates, draw.Places, draw.Seed).ShouldBe(draw, new TieDrawComparer());
    }

    [Fact]
    public void A_tie_inside_the_places_needs_no_draw()
    {
        var (selected, draw) = CutOff.Select("x", [new(Ids[0], [80m]), new(Ids[1], [80m]), new(Ids[2], [60m])], 2, "s");
        selected.ShouldBe([Ids[0], Ids[1]], ignoreOrder: true);
        draw.ShouldBeNull();
    }

    private sealed class TieDrawComparer : IEqualityComparer<TieDraw>
    {
        public bool Equals(TieDraw? x, TieDraw? y) => x!.CutOff == y!.CutOff && x.Candidates.SequenceEqual(y.Candidates) && x.Places == y.Places && x.Seed == y.Seed &&
                                                       x.Algorithm == y.Algorithm && x.Selected.SequenceEqual(y.Selected);

        public int GetHashCode(TieDraw obj) => obj.Seed.GetHashCode();
    }
}
