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
        var relevant = rounds.Select(r => MonthlyContribution.In(r, year, month, timeZone)).OfType<MonthlyContribution>().ToList();
        var byUnit = relevant
            .GroupBy(c => c.Round.HandlingUnitId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Figures(g.Key, g.MaxBy(c => c.Round.AssignedAt)!.Round.HandlingUnitName, g.ToList()))
            .ToList();
        return new MonthlyReport(year, month, Figures(null, null, relevant), byUnit);
    }

    private static MonthlyFigures Figures(string? unitId, string? unitName, IReadOnlyList<MonthlyContribution> contributions)
    {
        var assigned = contributions.Count(c => c.Assigned);
        var handled = contributions.Count(c => c.Handled);
        var withinLimit = contributions.Count(c => c.HandledWithinLimit);
        var evaluated = contributions.Count(c => c.Evaluated);
        var satisfied = contributions.Count(c => c.Satisfied);
        var firstEvaluated = contributions.Count(c => c.FirstEvaluated);
        var firstTimeSatisfied = contributions.Count(c => c.FirstTimeSatisfied);
        var ratings = contributions.Where(c => c.Rating is not null).Select(c => c.Rating!.Value).ToList();
        var handlingDays = contributions.Where(c => c.HandlingWorkingDays is not null).Select(c => c.HandlingWorkingDays!.Value).ToList();

        return new MonthlyFigures(
            unitId,
            unitName,
            AssignedCount: assigned,
            HandledCount: handled,
            HandledWithinLimitCount: withinLimit,
            EvaluationCount: evaluated,
            SatisfiedEvaluationCount: satisfied,
            FirstEvaluationCount: firstEvaluated,
            FirstTimeSatisfiedCount: firstTimeSatisfied,
            ReassignmentCount: contributions.Count(c => c.Reassigned),
            OverdueCount: contributions.Count(c => c.Overdue),
            ClosedCount: contributions.Count(c => c.Closed),
            EnterpriseRatingCount: ratings.Count,
            EnterpriseGoodRatingCount: ratings.Count(ServiceRatings.IsGood),
            CompletionRate: Rate(handled, assigned),
            TimelinessRate: Rate(withinLimit, handled),
            SatisfactionRate: Rate(satisfied, evaluated),
            FirstTimeSatisfactionRate: Rate(firstTimeSatisfied, firstEvaluated),
            EnterpriseSatisfactionRate: ServiceRatings.SatisfactionRate(ratings),
            AverageHandlingWorkingDays: handlingDays.Count == 0
                ? null
                : Math.Round(handlingDays.Average(), 2, MidpointRounding.AwayFromZero));
    }

    private static decimal? Rate(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4, MidpointRounding.AwayFromZero);
}
