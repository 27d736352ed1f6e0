using Nanchuan.Bench;

namespace Nanchuan.Bench.Tests;

/// <summary>S9's drift is split by endpoint class: which classes' calls make each sixth's tail, and how each class's p99 moved.</summary>
public sealed class SoakClassEndsTests
{
    [Fact]
    public void The_class_that_slowed_is_first_with_its_calls_in_the_last_sixths_tail()
    {
        // 100 votes a sixth at 5 ms; the board's 10 calls take 6 ms in the first sixth and 40 ms in the last.
        List<MixedDayCall> first = [.. Calls("POST /api/awards/contests/{x}/votes", 100, 5), .. Calls("GET /api/grievances/board", 10, 6)];
        List<MixedDayCall> last = [.. Calls("POST /api/awards/contests/{x}/votes", 100, 5), .. Calls("GET /api/grievances/board", 10, 40)];
        var firstP99 = BenchReport.Percentile([.. first.Select(c => c.Ms).Order()], 0.99);
        var lastP99 = BenchReport.Percentile([.. last.Select(c => c.Ms).Order()], 0.99);

        var classes = SoakClassEnds.Of(first, firstP99, last, lastP99);

        firstP99.ShouldBe(6);
        lastP99.ShouldBe(40);
        var board = classes[0];
        board.Endpoint.ShouldBe("GET /api/grievances/board");
        (board.FirstCalls, board.FirstP99Ms, board.FirstInTail).ShouldBe((10, 6.0, 10));
        (board.LastCalls, board.LastP99Ms, board.LastInTail).ShouldBe((10, 40.0, 10));
        var votes = classes[1];
        (votes.FirstInTail, votes.LastInTail, votes.LastP50Ms).ShouldBe((0, 0, 5.0));
    }

    private static IEnumerable<MixedDayCall> Calls(string endpoint, int count, double ms) =>
        Enumerable.Range(0, count).Select(i => new MixedDayCall(i, endpoint, ms, true));
}
