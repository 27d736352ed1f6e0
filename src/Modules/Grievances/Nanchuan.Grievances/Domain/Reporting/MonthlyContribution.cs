using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// What one handling round counts in one month's 月度通报 (the rules of <see cref="MonthlyReportCalculator"/>, one round at a
/// time): a month's figures are the sums of its rounds' contributions, so the SQL table can be kept by replacing only the
/// contributions of the rounds that changed (docs/adr/0176) and the live report sums the same values.
/// </summary>
internal sealed record MonthlyContribution(
    HandlingRound Round,
    int Year,
    int Month,
    bool Assigned,
    bool Handled,
    bool HandledWithinLimit,
    bool Evaluated,
    bool Satisfied,
    bool FirstEvaluated,
    bool FirstTimeSatisfied,
    bool Reassigned,
    bool Overdue,
    bool Closed,
    ServiceRating? Rating,
    decimal? HandlingWorkingDays)
{
    /// <summary>Every month the round counts in (assignment, evaluation, rating and closure months, local time), with what it counts there.</summary>
    public static IEnumerable<MonthlyContribution> Of(HandlingRound round, TimeZoneInfo timeZone) =>
        new[] { round.AssignedAt, round.EvaluatedAt, round.EnterpriseRatedAt, round.ClosedAt }
            .OfType<DateTimeOffset>()
            .Select(at => TimeZoneInfo.ConvertTime(at, timeZone))
            .Select(local => (local.Year, local.Month))
            .Distinct()
            .Select(month => In(round, month.Year, month.Month, timeZone)!);

    /// <summary>What the round counts in the month; null when it counts in none of the month's figures.</summary>
    public static MonthlyContribution? In(HandlingRound round, int year, int month, TimeZoneInfo timeZone)
    {
        bool InMonth(DateTimeOffset? at) =>
            at is { } value && TimeZoneInfo.ConvertTime(value, timeZone) is var local && local.Year == year && local.Month == month;

        var assigned = InMonth(round.AssignedAt);
        var evaluated = InMonth(round.EvaluatedAt);
        var rated = InMonth(round.EnterpriseRatedAt);
        var closed = InMonth(round.ClosedAt);
        if (!(assigned || evaluated || rated || closed)) return null;
        var handled = assigned && round.HandledAt is not null;
        var firstEvaluated = evaluated && round.Round == 1;
        return new MonthlyContribution(round, year, month,
            Assigned: assigned,
            Handled: handled,
            HandledWithinLimit: handled && round.HandledWithinLimit == true,
            Evaluated: evaluated,
            Satisfied: evaluated && round.Satisfied == true,
            FirstEvaluated: firstEvaluated,
            FirstTimeSatisfied: firstEvaluated && round.Satisfied == true,
            Reassigned: assigned && round.Round > 1,
            Overdue: assigned && round.Overdue,
            Closed: closed,
            Rating: rated ? round.EnterpriseRating : null,
            HandlingWorkingDays: handled ? round.HandlingWorkingDays : null);
    }
}
