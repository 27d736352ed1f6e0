using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Grievances.Domain;

/// <summary>月度通报: the monthly report on assignment slips, overall and per handling unit (承办单位).</summary>
/// <param name="ByHandlingUnit">Units with any activity in the month, ordered by unit id.</param>
public sealed record MonthlyReport(int Year, int Month, MonthlyFigures Overall, IReadOnlyList<MonthlyFigures> ByHandlingUnit);

/// <summary>
/// The figures of one unit (or, with a null unit, of everyone) for one month. Counts come with the rates built from them,
/// so a reader can check every rate. A rate is a ratio rounded to 4 decimals (0.8333 = 83.33 %), midpoint away from zero;
/// it is null when its denominator is 0 ("not applicable": no data is not the same as 0 %).
/// </summary>
/// <param name="AssignedCount">承办量: rounds assigned in the month (first assignments and re-assignments).</param>
/// <param name="HandledCount">Of those rounds, how many have their handling report filed (办结), whenever it came.</param>
/// <param name="HandledWithinLimitCount">Of the handled ones, how many were filed by their deadline.</param>
/// <param name="EvaluationCount">Evaluations made in the month, of any round.</param>
/// <param name="FirstEvaluationCount">Requests whose first evaluation (round 1's) was made in the month.</param>
/// <param name="FirstTimeSatisfiedCount">Of those, how many were satisfied at that first evaluation.</param>
/// <param name="ReassignmentCount">Rounds assigned in the month that were re-assignments (round &gt; 1).</param>
/// <param name="OverdueCount">Rounds assigned in the month that went overdue (and were not un-overdued by a recomputed deadline).</param>
/// <param name="ClosedCount">Requests closed (销号) in the month, counted for the unit of their last round.</param>
/// <param name="EnterpriseRatingCount">好差评: ratings the enterprises gave in the month (their own, apart from the evaluations).</param>
/// <param name="EnterpriseGoodRatingCount">Of those, 好评 (非常满意, 满意, 基本满意).</param>
/// <param name="CompletionRate">办结率 = <paramref name="HandledCount"/> ÷ <paramref name="AssignedCount"/>.</param>
/// <param name="TimelinessRate">及时率 = <paramref name="HandledWithinLimitCount"/> ÷ <paramref name="HandledCount"/>.</param>
/// <param name="SatisfactionRate">满意率 = <paramref name="SatisfiedEvaluationCount"/> ÷ <paramref name="EvaluationCount"/>.</param>
/// <param name="FirstTimeSatisfactionRate"><paramref name="FirstTimeSatisfiedCount"/> ÷ <paramref name="FirstEvaluationCount"/>.</param>
/// <param name="EnterpriseSatisfactionRate">好差评满意率 = <paramref name="EnterpriseGoodRatingCount"/> ÷ <paramref name="EnterpriseRatingCount"/> (<see cref="ServiceRatings.SatisfactionRate"/>).</param>
/// <param name="AverageHandlingWorkingDays">Mean working days from assignment to handling report over the handled rounds, 2 decimals; null when none.</param>
public sealed record MonthlyFigures(
    string? HandlingUnitId,
    string? HandlingUnitName,
    int AssignedCount,
    int HandledCount,
    int HandledWithinLimitCount,
    int EvaluationCount,
    int SatisfiedEvaluationCount,
    int FirstEvaluationCount,
    int FirstTimeSatisfiedCount,
    int ReassignmentCount,
    int OverdueCount,
    int ClosedCount,
    int EnterpriseRatingCount,
    int EnterpriseGoodRatingCount,
    decimal? CompletionRate,
    decimal? TimelinessRate,
    decimal? SatisfactionRate,
    decimal? FirstTimeSatisfactionRate,
    decimal? EnterpriseSatisfactionRate,
    decimal? AverageHandlingWorkingDays);
