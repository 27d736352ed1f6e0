using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

/// <summary>
/// The snapshot's duplicated columns the monthly report finds its requests by (ADR 0200), computed from the rounds at every
/// save: the latest assignment, evaluation, 好差评 or closure of any round, in UTC, whatever offset each was recorded in.
/// </summary>
public sealed class SnapshotColumnTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void A_request_never_assigned_has_no_round_activity()
    {
        new Grievance().LastRoundActivityAtUtc.ShouldBeNull();
    }

    [Fact]
    public void The_last_round_activity_is_the_latest_instant_of_any_round_in_utc()
    {
        var grievance = new Grievance
        {
            Rounds =
            [
                new HandlingRound
                {
                    AssignedAt = new DateTimeOffset(2024, 5, 9, 10, 0, 0, Beijing),
                    EvaluatedAt = new DateTimeOffset(2024, 5, 20, 9, 0, 0, Beijing),
                    // The latest instant although an earlier wall-clock time: rated from an office two hours behind.
                    EnterpriseRatedAt = new DateTimeOffset(2024, 5, 20, 8, 0, 0, TimeSpan.FromHours(6)),
                },
                new HandlingRound { AssignedAt = new DateTimeOffset(2024, 5, 20, 9, 30, 0, Beijing) },
            ],
        };

        grievance.LastRoundActivityAtUtc.ShouldBe(new DateTimeOffset(2024, 5, 20, 2, 0, 0, TimeSpan.Zero));
        grievance.LastRoundActivityAtUtc!.Value.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_closure_after_every_other_step_is_the_last_round_activity()
    {
        var grievance = new Grievance
        {
            Rounds =
            [
                new HandlingRound { AssignedAt = new DateTimeOffset(2024, 5, 9, 10, 0, 0, Beijing), ClosedAt = new DateTimeOffset(2024, 6, 3, 16, 0, 0, Beijing) },
            ],
        };

        grievance.LastRoundActivityAtUtc.ShouldBe(new DateTimeOffset(2024, 6, 3, 8, 0, 0, TimeSpan.Zero));
    }
}
