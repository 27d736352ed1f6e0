using Alba;
using Marten;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Licensing.StaffAssessment.Rulebook;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class StaffAssessmentDecisionTests
{
    /// <summary>The seed's rules: B1 不迟到 2, B2 不推诿 3, B3 不聊天 2, B4 不吃拿卡要 10, Y1 要亮身份 2, Y2 要争第一 1, Y3 要亮党徽 1.</summary>
    private static readonly AssessmentRulebook Requirements = RulebookTests.Seeded();

    private static DateTimeOffset Shanghai(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Applies the decided events as Marten would, returning them.</summary>
    private static IReadOnlyList<object> Deduct(StaffScorecard card, RecordDeduction command, DateTimeOffset now)
    {
        var events = StaffAssessmentDecisions.Deduct(card.Id == Guid.Empty ? null : card, "staff-1", command, Requirements, now);
        foreach (var e in events)
        {
            switch (e)
            {
                case DeductionRecorded d: card.Apply(d); break;
                case InterviewTriggered i: card.Apply(i); break;
                case ReturnedToHomeUnit r: card.Apply(r); break;
            }
        }
        return events;
    }

    private static RecordDeduction Complaint(int points) => new(null, "群众投诉属实", points);

    [Fact]
    public void Exactly_15_points_in_a_month_triggers_the_interview_and_14_does_not()
    {
        var card = new StaffScorecard();
        Deduct(card, Complaint(10), Shanghai(2026, 3, 2));
        Deduct(card, new("B1", null, null), Shanghai(2026, 3, 3)).OfType<InterviewTriggered>().ShouldBeEmpty();
        // 12 so far; B2 不推诿 (3) brings the month to exactly 15
        Deduct(card, new("B2", null, null), Shanghai(2026, 3, 4)).OfType<InterviewTriggered>().ShouldHaveSingleItem();
        card.Month(2026, 3)!.PointsDeducted.ShouldBe(15);
        card.Month(2026, 3)!.Interview.ShouldBeTrue();
        card.Month(2026, 3)!.Score.ShouldBe(85);

        var other = new StaffScorecard();
        Deduct(other, Complaint(12), Shanghai(2026, 3, 2));
        Deduct(other, new("B3", null, null), Shanghai(2026, 3, 3)).OfType<InterviewTriggered>().ShouldBeEmpty();
        other.Month(2026, 3)!.PointsDeducted.ShouldBe(14);
        other.Month(2026, 3)!.Interview.ShouldBeFalse();
    }

    [Fact]
    public void The_interview_is_triggered_once_a_month()
    {
        var card = new StaffScorecard();
        Deduct(card, Complaint(15), Shanghai(2026, 3, 2)).OfType<InterviewTriggered>().Single().PointsDeducted.ShouldBe(15);
        Deduct(card, new("Y3", null, null), Shanghai(2026, 3, 5)).OfType<InterviewTriggered>().ShouldBeEmpty();
        card.Month(2026, 3)!.Score.ShouldBe(84);
    }

    [Fact]
    public void The_month_is_the_Asia_Shanghai_month_of_the_deduction()
    {
        var card = new StaffScorecard();
        // 2026-03-31 23:30 UTC is 2026-04-01 07:30 in Shanghai.
        var recorded = Deduct(card, new("B1", null, null), new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero)).OfType<DeductionRecorded>().Single();
        (recorded.Year, recorded.Month, recorded.Points).ShouldBe((2026, 4, 2));
    }

    [Fact]
    public void Three_consecutive_interview_months_return_the_person_to_the_home_unit()
    {
        var card = new StaffScorecard();
        Deduct(card, Complaint(15), Shanghai(2025, 12, 10)).OfType<ReturnedToHomeUnit>().ShouldBeEmpty();
        Deduct(card, Complaint(15), Shanghai(2026, 1, 10)).OfType<ReturnedToHomeUnit>().ShouldBeEmpty();
        var returned = Deduct(card, Complaint(15), Shanghai(2026, 2, 10)).OfType<ReturnedToHomeUnit>().Single();
        (returned.Year, returned.Month).ShouldBe((2026, 2));
    }

    [Fact]
    public void A_gap_month_resets_the_count()
    {
        var card = new StaffScorecard();
        Deduct(card, Complaint(15), Shanghai(2026, 1, 10));
        Deduct(card, Complaint(15), Shanghai(2026, 2, 10));
        Deduct(card, Complaint(14), Shanghai(2026, 3, 10)); // March: 14 points, no interview
        Deduct(card, Complaint(15), Shanghai(2026, 4, 10));
        Deduct(card, Complaint(15), Shanghai(2026, 5, 10)).OfType<ReturnedToHomeUnit>().ShouldBeEmpty();
        Deduct(card, Complaint(15), Shanghai(2026, 6, 10)).OfType<ReturnedToHomeUnit>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Input_is_either_a_listed_requirement_or_a_complaint_with_points()
    {
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Deduct(null, "s", new(null, null, null), Requirements, Shanghai(2026, 3, 1)))
            .Errors.Keys.ShouldBe(["rule"]);
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Deduct(null, "s", new("B1", "投诉", 3), Requirements, Shanghai(2026, 3, 1)))
            .Errors.Keys.ShouldBe(["rule"]);
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Deduct(null, "s", new("睡觉", null, null), Requirements, Shanghai(2026, 3, 1)))
            .Errors.Keys.ShouldBe(["rule"]);
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Deduct(null, "s", new("B1", null, 5), Requirements, Shanghai(2026, 3, 1)))
            .Errors.Keys.ShouldBe(["points"]);
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Deduct(null, "s", Complaint(0), Requirements, Shanghai(2026, 3, 1)))
            .Errors.Keys.ShouldBe(["points"]);
    }

    [Fact]
    public void Only_a_complaint_deduction_takes_one_written_explanation()
    {
        var card = new StaffScorecard();
        var complaint = Deduct(card, Complaint(5), Shanghai(2026, 3, 2)).OfType<DeductionRecorded>().Single();
        var late = Deduct(card, new("B1", null, null), Shanghai(2026, 3, 3)).OfType<DeductionRecorded>().Single();
        complaint.ExplanationRequired.ShouldBeTrue();
        late.ExplanationRequired.ShouldBeFalse();

        Should.Throw<InvalidStateTransitionException>(() => StaffAssessmentDecisions.Explain(card, new(late.DeductionId, "说明")));
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Explain(card, new(complaint.DeductionId, " ")));
        Should.Throw<NotFoundException>(() => StaffAssessmentDecisions.Explain(card, new(Guid.NewGuid(), "说明")));
        card.Apply(StaffAssessmentDecisions.Explain(card, new(complaint.DeductionId, "已深刻反省")));
        Should.Throw<InvalidStateTransitionException>(() => StaffAssessmentDecisions.Explain(card, new(complaint.DeductionId, "再次说明")));
    }
}

[Collection(LicensingCollection.Name)]
public sealed class StaffAssessmentApiTests(LicensingHost platform)
{
    private async Task<MonthlyAssessment> DeductAsync(string staffId, RecordDeduction command) =>
        (await (await platform.Host.Scenario(s =>
        {
            s.Post.Json(command).ToUrl($"/api/licensing/staff/{staffId}/deductions");
            s.As(platform, TestActors.BusinessOffice);
        })).ReadAsJsonAsync<MonthlyAssessment>())!;

    [Fact]
    public async Task Deductions_reaching_15_points_show_an_interview_in_the_monthly_list()
    {
        platform.SetShanghaiTime(2026, 9, 8, 9, 5);
        await DeductAsync("api-staff-15", new("B4", null, null));
        var month = await DeductAsync("api-staff-15", new(null, "办理食品经营许可时推诿", 5));
        (month.Year, month.Month, month.PointsDeducted, month.Score, month.Interview).ShouldBe((2026, 9, 15, 85, true));
        var complaint = month.Deductions.Single(d => d.ExplanationRequired);

        var explained = await (await platform.Host.Scenario(s =>
        {
            s.Post.Json(new RecordExplanation(complaint.Id, "已向群众道歉并整改")).ToUrl("/api/licensing/staff/api-staff-15/explanations");
            s.As(platform, TestActors.Admin);
        })).ReadAsJsonAsync<Deduction>();
        explained!.Explanation.ShouldBe("已向群众道歉并整改");

        var single = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/licensing/staff/api-staff-15/assessment?year=2026&month=9");
            s.As(platform, TestActors.Supervisor);
        })).ReadAsJsonAsync<MonthlyAssessment>();
        single!.PointsDeducted.ShouldBe(15); // the stored snapshot counts each deduction once
        single.Deductions.Single(d => d.Id == complaint.Id).Explanation.ShouldBe("已向群众道歉并整改");

        var list = await (await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/licensing/staff/assessments?year=2026&month=9");
            s.As(platform, TestActors.BusinessOffice);
        })).ReadAsJsonAsync<List<MonthlyAssessment>>();
        list!.Single(m => m.StaffId == "api-staff-15").ShouldSatisfyAllConditions(m => m.Score.ShouldBe(85), m => m.Interview.ShouldBeTrue());
    }

    [Fact]
    public async Task Invalid_deduction_is_a_400_and_writes_nothing()
    {
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new RecordDeduction("睡觉", null, null)).ToUrl("/api/licensing/staff/api-staff-bad/deductions");
            s.As(platform, TestActors.Admin);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("rule");
        });
        await using var query = platform.Store().QuerySession();
        (await query.Events.FetchStreamStateAsync(StaffAssessmentDecisions.AssessmentIdFor("api-staff-bad"))).ShouldBeNull();
    }

    [Fact]
    public async Task Only_the_halls_management_records_deductions()
    {
        foreach (var actor in new[] { TestActors.WindowClerk, TestActors.Enterprise, TestActors.MarketRegulator, TestActors.Supervisor })
        {
            await platform.Host.Scenario(s =>
            {
                s.Post.Json(new RecordDeduction("B1", null, null)).ToUrl("/api/licensing/staff/api-staff-roles/deductions");
                s.As(platform, actor);
                s.StatusCodeShouldBe(403);
            });
        }
        await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/licensing/staff/assessments?year=2026&month=9");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(403);
        });
        await using var query = platform.Store().QuerySession();
        (await query.Events.FetchStreamStateAsync(StaffAssessmentDecisions.AssessmentIdFor("api-staff-roles"))).ShouldBeNull();
    }
}
