using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.BuildingBlocks.Tests.Draws;

public class AuditableDrawTests
{
    private static readonly string[] Candidates = ["A", "B", "C", "D", "E", "F", "G", "H"];

    [Fact]
    public void The_same_candidates_and_seed_give_the_same_selection_in_any_order()
    {
        var first = AuditableDraw.Select(Candidates, "2025Q1-seed", 3);
        first.Count.ShouldBe(3);
        AuditableDraw.Select(Candidates.Reverse(), "2025Q1-seed", 3).ShouldBe(first);
    }

    [Fact]
    public void The_selection_is_the_candidates_ranked_by_the_hash_of_seed_and_candidate()
    {
        // Fixed values: a change of the algorithm breaks the replay of every recorded draw.
        AuditableDraw.Select(Candidates, "seed", 3).ShouldBe(["D", "B", "G"]);
    }

    [Fact]
    public void Another_seed_gives_another_selection_and_a_short_list_is_taken_whole()
    {
        AuditableDraw.Select(Candidates, "other", 3).ShouldNotBe(AuditableDraw.Select(Candidates, "seed", 3));
        AuditableDraw.Select(["A", "B"], "seed", 5).Order().ShouldBe(["A", "B"]);
        AuditableDraw.NewSeed().Length.ShouldBe(32);
    }
}
