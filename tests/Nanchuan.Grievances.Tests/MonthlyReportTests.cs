using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

public class MonthlyReportTests
{
    private static readonly TimeZoneInfo Shanghai = IntakePolicy.Default.TimeZone;

    private static HandlingRound Round(string unit, int round, DateTimeOffset assignedAt) => new()
    {
        GrievanceId = Guid.NewGuid(),
        Round = round,
        SlipNumber = AssignmentSlipNumber.Format(2024, round),
        HandlingUnitId = unit,
        HandlingUnitName = unit == "qcxj" ? "区城市管理局" : "区经济信息委",
        AssignedAt = assignedAt,
        DueAt = assignedAt.AddDays(3),
    };

    private static HandlingRound Handled(HandlingRound round, bool withinLimit, decimal workingDays) =>
        round with { HandledAt = round.AssignedAt.AddDays(1), HandledWithinLimit = withinLimit, HandlingWorkingDays = workingDays };

    private static HandlingRound Evaluated(HandlingRound round, bool satisfied, DateTimeOffset at) => round with { EvaluatedAt = at, Satisfied = satisfied };

    [Fact]
    public void After_unsatisfied_and_reassignment_one_evaluation_counts_unsatisfied_and_first_time_satisfaction_excludes_the_request()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Unsatisfied)
            .Assign(Sample.At(2024, 5, 13, 11, 0), sequence: 2)
            .Report(Sample.At(2024, 5, 14, 9, 0))
            .Evaluate(Sample.At(2024, 5, 15, 10, 0), satisfied: true)
            .Close(Sample.At(2024, 5, 15, 11, 0));

        var may = MonthlyReportCalculator.Calculate(2024, 5, flow.State.Rounds, Shanghai).Overall;

        may.EvaluationCount.ShouldBe(2);
        (may.EvaluationCount - may.SatisfiedEvaluationCount).ShouldBe(1);
        may.SatisfactionRate.ShouldBe(0.5m);
        may.FirstEvaluationCount.ShouldBe(1);
        may.FirstTimeSatisfiedCount.ShouldBe(0);
        may.FirstTimeSatisfactionRate.ShouldBe(0m);
        may.AssignedCount.ShouldBe(2);
        may.ReassignmentCount.ShouldBe(1);
        may.ClosedCount.ShouldBe(1);
    }

    [Fact]
    public void Formulas_per_unit_and_overall()
    {
        var may = (int day) => Sample.At(2024, 5, day, 10, 0);
        HandlingRound[] rounds =
        [
            Evaluated(Handled(Round("qcxj", 1, may(6)), withinLimit: true, 1.5m), satisfied: true, may(10)) with
                { EnterpriseRating = ServiceRating.BasicallySatisfied, EnterpriseRatedAt = may(9) },
            Evaluated(Handled(Round("qcxj", 1, may(7)), withinLimit: false, 2.25m), satisfied: false, may(13)) with
                { EnterpriseRating = ServiceRating.Dissatisfied, EnterpriseRatedAt = may(14) },
            Round("qcxj", 1, may(8)) with { Overdue = true },
            Evaluated(Handled(Round("qjxw", 2, may(14)), withinLimit: true, 4m), satisfied: true, may(20)) with
                { ClosedAt = may(21), EnterpriseRating = ServiceRating.VerySatisfied, EnterpriseRatedAt = Sample.At(2024, 6, 3, 10, 0) },
        ];

        var report = MonthlyReportCalculator.Calculate(2024, 5, rounds, Shanghai);

        report.ByHandlingUnit.Select(f => f.HandlingUnitId).ShouldBe(["qcxj", "qjxw"]);
        report.ByHandlingUnit[0].ShouldBe(new MonthlyFigures("qcxj", "区城市管理局",
            AssignedCount: 3, HandledCount: 2, HandledWithinLimitCount: 1, EvaluationCount: 2, SatisfiedEvaluationCount: 1,
            FirstEvaluationCount: 2, FirstTimeSatisfiedCount: 1, ReassignmentCount: 0, OverdueCount: 1, ClosedCount: 0,
            EnterpriseRatingCount: 2, EnterpriseGoodRatingCount: 1,
            CompletionRate: 0.6667m, TimelinessRate: 0.5m, SatisfactionRate: 0.5m, FirstTimeSatisfactionRate: 0.5m, EnterpriseSatisfactionRate: 0.5m,
            AverageHandlingWorkingDays: 1.88m));
        report.ByHandlingUnit[1].ShouldBe(new MonthlyFigures("qjxw", "区经济信息委",
            AssignedCount: 1, HandledCount: 1, HandledWithinLimitCount: 1, EvaluationCount: 1, SatisfiedEvaluationCount: 1,
            FirstEvaluationCount: 0, FirstTimeSatisfiedCount: 0, ReassignmentCount: 1, OverdueCount: 0, ClosedCount: 1,
            EnterpriseRatingCount: 0, EnterpriseGoodRatingCount: 0,
            CompletionRate: 1m, TimelinessRate: 1m, SatisfactionRate: 1m, FirstTimeSatisfactionRate: null, EnterpriseSatisfactionRate: null,
            AverageHandlingWorkingDays: 4m));
        report.Overall.ShouldBe(new MonthlyFigures(null, null,
            AssignedCount: 4, HandledCount: 3, HandledWithinLimitCount: 2, EvaluationCount: 3, SatisfiedEvaluationCount: 2,
            FirstEvaluationCount: 2, FirstTimeSatisfiedCount: 1, ReassignmentCount: 1, OverdueCount: 1, ClosedCount: 1,
            EnterpriseRatingCount: 2, EnterpriseGoodRatingCount: 1,
            CompletionRate: 0.75m, TimelinessRate: 0.6667m, SatisfactionRate: 0.6667m, FirstTimeSatisfactionRate: 0.5m, EnterpriseSatisfactionRate: 0.5m,
            AverageHandlingWorkingDays: 2.58m));
    }

    [Fact]
    public void Rates_without_a_denominator_are_not_applicable_rather_than_zero()
    {
        var figures = MonthlyReportCalculator.Calculate(2024, 5, [Round("qcxj", 1, Sample.At(2024, 5, 6, 10, 0))], Shanghai).Overall;

        figures.AssignedCount.ShouldBe(1);
        figures.CompletionRate.ShouldBe(0m);
        figures.TimelinessRate.ShouldBeNull();
        figures.SatisfactionRate.ShouldBeNull();
        figures.FirstTimeSatisfactionRate.ShouldBeNull();
        figures.AverageHandlingWorkingDays.ShouldBeNull();
    }

    [Fact]
    public void An_empty_month_has_no_units_and_no_rates()
    {
        var report = MonthlyReportCalculator.Calculate(2024, 5, [], Shanghai);
        report.ByHandlingUnit.ShouldBeEmpty();
        report.Overall.AssignedCount.ShouldBe(0);
        report.Overall.CompletionRate.ShouldBeNull();
    }

    [Fact]
    public void Months_are_Beijing_months_whatever_the_offset_of_the_stored_time()
    {
        var lateMay = Round("qcxj", 1, new DateTimeOffset(2024, 5, 31, 15, 30, 0, TimeSpan.Zero));
        var earlyJune = Round("qcxj", 1, new DateTimeOffset(2024, 5, 31, 16, 10, 0, TimeSpan.Zero));

        MonthlyReportCalculator.Calculate(2024, 5, [lateMay, earlyJune], Shanghai).Overall.AssignedCount.ShouldBe(1);
        MonthlyReportCalculator.Calculate(2024, 6, [lateMay, earlyJune], Shanghai).Overall.AssignedCount.ShouldBe(1);
    }

    [Fact]
    public void A_round_counts_in_its_assignment_month_and_its_evaluation_in_the_evaluation_month()
    {
        var round = Evaluated(Handled(Round("qcxj", 1, Sample.At(2024, 4, 29, 10, 0)), withinLimit: true, 1m), satisfied: true, Sample.At(2024, 5, 6, 10, 0));

        var april = MonthlyReportCalculator.Calculate(2024, 4, [round], Shanghai).Overall;
        var may = MonthlyReportCalculator.Calculate(2024, 5, [round], Shanghai).Overall;

        (april.AssignedCount, april.HandledCount, april.EvaluationCount).ShouldBe((1, 1, 0));
        (may.AssignedCount, may.HandledCount, may.EvaluationCount, may.FirstEvaluationCount).ShouldBe((0, 0, 1, 1));
        may.CompletionRate.ShouldBeNull();
        may.SatisfactionRate.ShouldBe(1m);
    }
}
