using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Licensing.Ratings;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Testing;
using static Nanchuan.Licensing.Tests.Ratings.RatingHall;

namespace Nanchuan.Licensing.Tests.Ratings;

/// <summary>误评申诉 and the 差评's deduction in the monthly staff assessment (ADR 0097).</summary>
[Collection(LicensingCollection.Name)]
public sealed class RatingAppealTests(LicensingHost platform)
{
    [Fact]
    public async Task An_upheld_appeal_leaves_the_rating_out_of_the_figures_with_its_reason()
    {
        platform.SetShanghaiTime(2033, 4, 5, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-APPEAL", "区规划自然资源局");
        await platform.RateAsync(RatedServiceKind.Application, await platform.FinishedApplicationAsync(item), ServiceRating.Satisfied);
        var (bad, rating) = await platform.PostTrackedAsync<ServiceRatingCase>("/api/licensing/ratings",
            new RateService(RatedServiceKind.Application, await platform.FinishedApplicationAsync(item), ServiceRating.VeryDissatisfied, null), TestActors.Enterprise);
        const string figure = "select concat_ws('|', ratings, good_ratings, satisfaction_rate) from licensing.rating_figures where month = '2033-04' and kind = 'department' and unit = '区规划自然资源局'";
        (await platform.SqlRowsAsync(figure)).ShouldBe(["2|1|0.5000"]);
        var url = $"/api/licensing/ratings/{bad.Id}";

        await platform.PostAsync<ServiceRatingCase>($"{url}/appeal/decision", new DecideRatingAppeal(true, "误评"), TestActors.BusinessOffice, 409); // nothing to decide
        await platform.PostAsync<ServiceRatingCase>($"{url}/appeal", new AppealRating("误评"), TestActors.MarketRegulator, 403);
        await platform.PostAsync<ServiceRatingCase>($"{url}/appeal", new AppealRating(""), TestActors.Planner, 400);
        (await platform.PostAsync<ServiceRatingCase>($"{url}/appeal", new AppealRating("企业来电称误按评价器"), TestActors.Planner)).Appeal.ShouldBe(AppealStatus.Lodged);
        await platform.PostAsync<ServiceRatingCase>($"{url}/appeal", new AppealRating("再次申诉"), TestActors.Planner, 409);
        await platform.PostAsync<ServiceRatingCase>($"{url}/deduction", new DeductForRating(2), TestActors.BusinessOffice, 409); // appeal pending
        await platform.PostAsync<ServiceRatingCase>($"{url}/appeal/decision", new DecideRatingAppeal(true, "误评"), TestActors.Supervisor, 403);
        (await platform.RejectedAsync($"{url}/appeal/decision", new { reason = "误评" }, TestActors.BusinessOffice, 400)).ShouldContain("\"upheld\"");

        var (decided, closing) = await platform.PostTrackedAsync<ServiceRatingCase>($"{url}/appeal/decision", new DecideRatingAppeal(true, "经核实企业误评"), TestActors.BusinessOffice);

        decided.Excluded.ShouldBeTrue();
        var closed = closing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem();
        (closed.Case.CaseId, closed.Outcome, closed.OnTime).ShouldBe((bad.Id, "申诉成立，不计入满意率", (bool?)null));
        (await platform.SqlRowsAsync(figure)).ShouldBe(["1|1|1.0000"]);
        (await platform.SqlRowsAsync($"select excluded, exclusion_reason from licensing.rating_rows where rating_id = '{bad.Id}'")).ShouldBe(["True|经核实企业误评"]);
        await platform.PostAsync<ServiceRatingCase>($"{url}/revisit", new RevisitBadRating("回访"), TestActors.Planner, 409);
        await platform.PostAsync<ServiceRatingCase>($"{url}/deduction", new DeductForRating(2), TestActors.BusinessOffice, 409);
        var fired = await platform.FireScheduledTimersAsync(rating, bad.Id); // the follow-up stopped with the appeal upheld
        fired.OfType<RatingDeadlineWarned>().ShouldBeEmpty();
        fired.OfType<RatingDeadlineOverdue>().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_dismissed_appeal_keeps_the_rating_in_the_figures()
    {
        platform.SetShanghaiTime(2033, 5, 9, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-DISMISS", "区规划自然资源局");
        var bad = await platform.RateAsync(RatedServiceKind.Application, await platform.FinishedApplicationAsync(item), ServiceRating.Dissatisfied);
        await platform.PostAsync<ServiceRatingCase>($"/api/licensing/ratings/{bad.Id}/appeal", new AppealRating("认为评价不实"), TestActors.Planner);

        var decided = await platform.PostAsync<ServiceRatingCase>($"/api/licensing/ratings/{bad.Id}/appeal/decision", new DecideRatingAppeal(false, "企业确认不满意"), TestActors.BusinessOffice);

        decided.Appeal.ShouldBe(AppealStatus.Dismissed);
        (await platform.SqlRowsAsync("select satisfaction_rate::text from licensing.rating_figures where month = '2033-05' and kind = 'department' and unit = '区规划自然资源局'"))
            .ShouldBe(["0.0000"]);
    }

    [Fact]
    public async Task A_bad_rating_becomes_one_deduction_of_the_window_with_the_written_explanation_due()
    {
        platform.SetShanghaiTime(2033, 6, 7, 10, 0);
        var clerk = HallClerk("clerk-hcp-deduct", "综合窗口 郑丁");
        var item = await platform.ImmediateItemAsync("HCP-DEDUCT", "区市场监管局");
        var good = await platform.RateAsync(RatedServiceKind.Application, await platform.FinishedApplicationAsync(item, clerk), ServiceRating.Satisfied);
        var bad = await platform.RateAsync(RatedServiceKind.Application, await platform.FinishedApplicationAsync(item, clerk), ServiceRating.Dissatisfied, comment: "态度生硬");
        var url = $"/api/licensing/ratings/{bad.Id}/deduction";

        await platform.PostAsync<ServiceRatingCase>($"/api/licensing/ratings/{good.Id}/deduction", new DeductForRating(2), TestActors.BusinessOffice, 409);
        await platform.PostAsync<ServiceRatingCase>(url, new DeductForRating(2), TestActors.Enterprise, 403);
        await platform.PostAsync<ServiceRatingCase>(url, new DeductForRating(0), TestActors.BusinessOffice, 400);
        (await platform.RejectedAsync(url, new { }, TestActors.BusinessOffice, 400)).ShouldContain("\"points\"");
        var deducted = await platform.PostAsync<ServiceRatingCase>(url, new DeductForRating(3), TestActors.BusinessOffice);
        await platform.PostAsync<ServiceRatingCase>(url, new DeductForRating(3), TestActors.BusinessOffice, 409);
        await platform.PostAsync<ServiceRatingCase>($"/api/licensing/ratings/{bad.Id}/appeal", new AppealRating("误评"), TestActors.MarketRegulator, 409);

        var month = await platform.GetAsync<MonthlyAssessment>("/api/licensing/staff/clerk-hcp-deduct/assessment?year=2033&month=6", TestActors.BusinessOffice);
        month.Score.ShouldBe(97);
        var deduction = month.Deductions.ShouldHaveSingleItem();
        deduction.Id.ShouldBe(deducted.DeductionId!.Value);
        deduction.Complaint.ShouldBe("好差评不满意：办件“即办事项HCP-DEDUCT”（重庆南川示例科技有限公司），态度生硬");
        deduction.ExplanationRequired.ShouldBeTrue();
        deduction.Explanation.ShouldBeNull();
        (await platform.SqlRowsAsync($"select deduction_points::text from licensing.rating_rows where rating_id = '{bad.Id}'")).ShouldBe(["3"]);

        var explained = await platform.PostAsync<Deduction>("/api/licensing/staff/clerk-hcp-deduct/explanations",
            new RecordExplanation(deduction.Id, "当日未说明补正要求，语气生硬，已向企业致歉"), TestActors.BusinessOffice);
        explained.Explanation.ShouldBe("当日未说明补正要求，语气生硬，已向企业致歉");
    }
}
