using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// Computes the 月度通报 from handling rounds (one row per assignment, as the reporting projection keeps them).
/// Which month a fact belongs to, in local time of the given zone (Asia/Shanghai):
/// <list type="bullet">
/// <item>a round belongs to the month it was assigned; its handling, timeliness, overdue and handling time count there
/// too, even when the report came later — so 办结率 and 及时率 never exceed 100 % and a month's figures settle as its
/// rounds finish;</item>
/// <item>an evaluation belongs to the month it was made (its revisit time), for the unit of the round evaluated;</item>
/// <item>first-time satisfaction belongs to the month of a request's first evaluation, so every request counts once,
/// and a request unsatisfied at first stays out of the numerator even after it ends satisfied;</item>
/// <item>an enterprise's 好差评 belongs to the month it was given, for the unit of the round rated;</item>
/// <item>a closure belongs to the month it was made, for the unit of the last round.</item>
/// </list>
/// </summary>
internal static class MonthlyReportCalculator
{
    public static MonthlyReport Calculate(int year, int month, IEnumerable<HandlingRound> rounds, TimeZoneInfo timeZone)
    {
        var all = rounds.ToList();
        bool InMonth(DateTimeOffset? at) =>
            at is { } value && TimeZoneInfo.ConvertTime(value, timeZone) is var local && local.Year == year && local.Month == month;

        var relevant = all.Where(r => InMonth(r.AssignedAt) || InMonth(r.EvaluatedAt) || InMonth(r.EnterpriseRatedAt) || InMonth(r.ClosedAt)).ToList();
        var byUnit = relevant
            .GroupBy(r => r.HandlingUnitId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Figures(g.Key, g.MaxBy(r => r.AssignedAt)!.HandlingUnitName, g.ToList(), InMonth))
            .ToList();
        return new MonthlyReport(year, month, Figures(null, null, relevant, InMonth), byUnit);
    }

    private static MonthlyFigures Figures(string? unitId, string? unitName, IReadOnlyList<HandlingRound> rounds, Func<DateTimeOffset?, bool> inMonth)
    {
        var assigned = rounds.Where(r => inMonth(r.AssignedAt)).ToList();
        var handled = assigned.Where(r => r.HandledAt is not null).ToList();
        var evaluated = rounds.Where(r => inMonth(r.EvaluatedAt)).ToList();
        var firstEvaluated = evaluated.Where(r => r.Round == 1).ToList();

        var handledCount = handled.Count;
        var withinLimit = handled.Count(r => r.HandledWithinLimit == true);
        var satisfied = evaluated.Count(r => r.Satisfied == true);
        var firstTimeSatisfied = firstEvaluated.Count(r => r.Satisfied == true);
        var ratings = rounds.Where(r => inMonth(r.EnterpriseRatedAt) && r.EnterpriseRating is not null).Select(r => r.EnterpriseRating!.Value).ToList();
        var handlingDays = handled.Where(r => r.HandlingWorkingDays is not null).Select(r => r.HandlingWorkingDays!.Value).ToList();

        return new MonthlyFigures(
            unitId,
            unitName,
            AssignedCount: assigned.Count,
            HandledCount: handledCount,
            HandledWithinLimitCount: withinLimit,
            EvaluationCount: evaluated.Count,
            SatisfiedEvaluationCount: satisfied,
            FirstEvaluationCount: firstEvaluated.Count,
            FirstTimeSatisfiedCount: firstTimeSatisfied,
            ReassignmentCount: assigned.Count(r => r.Round > 1),
            OverdueCount: assigned.Count(r => r.Overdue),
            ClosedCount: rounds.Count(r => inMonth(r.ClosedAt)),
            EnterpriseRatingCount: ratings.Count,
            EnterpriseGoodRatingCount: ratings.Count(ServiceRatings.IsGood),
            CompletionRate: Rate(handledCount, assigned.Count),
            TimelinessRate: Rate(withinLimit, handledCount),
            SatisfactionRate: Rate(satisfied, evaluated.Count),
            FirstTimeSatisfactionRate: Rate(firstTimeSatisfied, firstEvaluated.Count),
            EnterpriseSatisfactionRate: ServiceRatings.SatisfactionRate(ratings),
            AverageHandlingWorkingDays: handlingDays.Count == 0
                ? null
                : Math.Round(handlingDays.Average(), 2, MidpointRounding.AwayFromZero));
    }

    private static decimal? Rate(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4, MidpointRounding.AwayFromZero);
}
