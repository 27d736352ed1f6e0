using Alba;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.Ratings;
using Nanchuan.Testing;
using static Nanchuan.Licensing.Tests.Ratings.RatingHall;

namespace Nanchuan.Licensing.Tests.Ratings;

/// <summary>好差评 of a finished application: who rates, once, when (issue 23 point 1; ADR 0095).</summary>
[Collection(LicensingCollection.Name)]
public sealed class RatingApiTests(LicensingHost platform)
{
    [Fact]
    public async Task A_finished_application_is_rated_once_online_by_its_own_enterprise()
    {
        platform.SetShanghaiTime(2033, 1, 10, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-ONCE", "区市场监管局");
        var application = await platform.FinishedApplicationAsync(item, HallClerk("clerk-hcp-once", "综合窗口 钱一"));

        await platform.RateAsync(RatedServiceKind.Application, application, ServiceRating.Satisfied, OtherEnterprise, status: 403);
        var rating = await platform.RateAsync(RatedServiceKind.Application, application, ServiceRating.Satisfied, comment: "  一次办好  ");
        rating.Channel.ShouldBe(RatingChannel.Online);
        rating.Window.ShouldBe(new RatedWindow("clerk-hcp-once", "综合窗口 钱一"));
        rating.CreditCode.ShouldBe(Code.Value);
        rating.Department.ShouldBe("区市场监管局");
        rating.Comment.ShouldBe("一次办好");
        rating.FollowUp.ShouldBeNull();

        var again = await platform.RejectedAsync("/api/licensing/ratings", new RateService(RatedServiceKind.Application, application, ServiceRating.VerySatisfied, null), TestActors.Enterprise, 409);
        again.ShouldContain("已评价");
        (await platform.EventsAsync(rating.Id)).OfType<ServiceRated>().ShouldHaveSingleItem().Rating.ShouldBe(ServiceRating.Satisfied);
        (await platform.GetAsync<ServiceRatingCase>($"/api/licensing/ratings/{rating.Id}", TestActors.Enterprise)).Rating.ShouldBe(ServiceRating.Satisfied);
        await platform.GetAsync<ServiceRatingCase>($"/api/licensing/ratings/{rating.Id}", OtherEnterprise, 403);
        await platform.GetAsync<ServiceRatingCase>($"/api/licensing/ratings/{rating.Id}", TestActors.Planner, 403);
        await platform.GetAsync<ServiceRatingCase>($"/api/licensing/ratings/{rating.Id}", TestActors.MarketRegulator);
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_every_field_error_and_nothing_is_written()
    {
        platform.SetShanghaiTime(2033, 1, 11, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-BAD", "区市场监管局");
        var application = await platform.FinishedApplicationAsync(item);
        var before = await platform.EventCountAsync<ServiceRated>();

        var empty = await platform.RejectedAsync("/api/licensing/ratings", new { }, TestActors.Enterprise, 400);
        empty.ShouldContain("rating");
        var tooLong = await platform.RejectedAsync("/api/licensing/ratings",
            new RateService(RatedServiceKind.Application, application, ServiceRating.Satisfied, new string('好', 501)), TestActors.Enterprise, 400);
        tooLong.ShouldContain("\"comment\"");
        tooLong.ShouldContain(ServiceRatings.CommentTooLong);
        await platform.RejectedAsync("/api/licensing/ratings", new { service = "application", caseId = application, rating = "great" }, TestActors.Enterprise, 400);
        await platform.RateAsync(RatedServiceKind.Application, Guid.NewGuid(), ServiceRating.Satisfied, status: 404);
        await platform.RateAsync(RatedServiceKind.Package, application, ServiceRating.Satisfied, status: 404); // not a package application
        await platform.RateAsync(RatedServiceKind.Application, application, ServiceRating.Satisfied, TestActors.MarketRegulator, status: 403);

        (await platform.EventCountAsync<ServiceRated>()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unfinished_application_is_a_409_naming_its_state()
    {
        platform.SetShanghaiTime(2033, 1, 12, 10, 0);
        var item = await platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem("HCP-OPEN", "户外广告设置许可", ServiceItemKind.AdministrativeLicence, "区城市管理局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书", "平面图"]), TestActors.Admin);
        var open = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Code, "重庆南川示例科技有限公司", ["申请书"], null, true), TestActors.WindowClerk);

        var refused = await platform.RejectedAsync("/api/licensing/ratings", new RateService(RatedServiceKind.Application, open.Id, ServiceRating.Satisfied, null), TestActors.Enterprise, 409);
        refused.ShouldContain("待补正材料");
        refused.ShouldContain("办结后方可评价");
    }

    [Fact]
    public async Task Two_ratings_at_once_give_one_200_one_409_and_one_rating()
    {
        platform.SetShanghaiTime(2033, 1, 13, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-RACE", "区市场监管局");
        var application = await platform.FinishedApplicationAsync(item);

        var results = await Task.WhenAll(
            platform.PostRawAsync("/api/licensing/ratings", new RateService(RatedServiceKind.Application, application, ServiceRating.VerySatisfied, null), TestActors.Enterprise),
            platform.PostRawAsync("/api/licensing/ratings", new RateService(RatedServiceKind.Application, application, ServiceRating.VeryDissatisfied, null), TestActors.Enterprise));

        results.Select(r => r.Context.Response.StatusCode).OrderBy(c => c).ShouldBe([200, 409]);
        var id = RatingDecisions.RatingIdFor(RatedServiceKind.Application, application);
        (await platform.EventsAsync(id)).OfType<ServiceRated>().ShouldHaveSingleItem();
        (await platform.SqlRowsAsync($"select count(*) from licensing.rating_rows where case_id = '{application}'")).ShouldBe(["1"]);
    }

    [Fact]
    public async Task At_the_window_the_enterprise_rates_on_the_terminal_of_the_point_that_served_it()
    {
        platform.SetShanghaiTime(2033, 1, 14, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-WIN", "区市场监管局");
        var application = await platform.FinishedApplicationAsync(item, HallClerk("clerk-hcp-recv", "综合窗口 孙二"));

        await platform.RateAsync(RatedServiceKind.Application, application, ServiceRating.Satisfied, TestActors.ClerkAt("东城"), status: 403);
        var rating = await platform.RateAsync(RatedServiceKind.Application, application, ServiceRating.BasicallySatisfied, HallClerk("clerk-hcp-term", "出件窗口 李三"));

        rating.Channel.ShouldBe(RatingChannel.Window);
        rating.Window.ShouldBe(new RatedWindow("clerk-hcp-term", "出件窗口 李三"));
        rating.CreditCode.ShouldBe(Code.Value);
        await platform.RateAsync(RatedServiceKind.Application, application, ServiceRating.Satisfied, status: 409);
    }

    [Fact]
    public async Task A_bad_rating_the_day_before_national_day_2026_is_revisited_by_8_October_and_rectified_by_27_October()
    {
        platform.SetShanghaiTime(2026, 9, 30, 10, 0); // Wednesday; 1–7 October are holidays, Saturday 10 October a make-up workday
        var item = await platform.ImmediateItemAsync("HCP-HOLIDAY", "区市场监管局");
        var application = await platform.FinishedApplicationAsync(item);

        var (rating, tracked) = await platform.PostTrackedAsync<ServiceRatingCase>("/api/licensing/ratings",
            new RateService(RatedServiceKind.Application, application, ServiceRating.VeryDissatisfied, "多次往返"), TestActors.Enterprise);

        var beijing = TimeSpan.FromHours(8);
        rating.FollowUp.ShouldBe(new RatingFollowUp(1, new DateTimeOffset(2026, 10, 8, 18, 0, 0, beijing), 15, new DateTimeOffset(2026, 10, 27, 18, 0, 0, beijing)));
        // Both limits travel inside the follow-up's opening (ADR 0204, 0249): one message, no DeadlineSet of their own.
        var opened = tracked.MessagesPublished<CaseOpened>().Single(o => o.Case.CaseId == rating.Id);
        opened.Case.ShouldBe(new OversightCase("Licensing", RatingDeadlines.Type, rating.Id, Code.Value, "区市场监管局"));
        DeadlineSet[] set = [opened.Deadline.ShouldNotBeNull(), .. opened.MoreDeadlines.ShouldNotBeNull()];
        set.Select(d => d.Deadline).ShouldBe([RatingDeadlines.Revisit, RatingDeadlines.Rectification]);
        set.ShouldAllBe(d => d.Case == opened.Case);
        set[0].WarningAt.ShouldBe(new DateTimeOffset(2026, 9, 30, 18, 0, 0, beijing));
        set[1].WarningAt.ShouldBe(new DateTimeOffset(2026, 10, 26, 18, 0, 0, beijing));
        tracked.MessagesPublished<DeadlineSet>().ShouldNotContain(d => d.Case.CaseId == rating.Id);

        var events = await platform.FireScheduledTimersAsync(tracked, rating.Id);
        events.OfType<RatingDeadlineWarned>().Select(w => w.Deadline).ShouldBe([RatingDeadlines.Revisit, RatingDeadlines.Rectification], ignoreOrder: true);
        events.OfType<RatingDeadlineOverdue>().Select(o => o.DueAt).ShouldBe(
            [new DateTimeOffset(2026, 10, 8, 18, 0, 0, beijing), new DateTimeOffset(2026, 10, 27, 18, 0, 0, beijing)], ignoreOrder: true);
    }

    [Fact]
    public async Task A_bad_ratings_opening_carries_both_limits_and_oversight_files_them_in_one_transaction_as_the_settings_published_first_were()
    {
        platform.SetShanghaiTime(2033, 1, 12, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-FILED", "区市场监管局");
        var application = await platform.FinishedApplicationAsync(item);
        var (rating, tracked) = await platform.PostTrackedAsync<ServiceRatingCase>("/api/licensing/ratings",
            new RateService(RatedServiceKind.Application, application, ServiceRating.Dissatisfied, "解释不清"), TestActors.Enterprise);

        var opened = tracked.MessagesPublished<CaseOpened>().Single(o => o.Case.CaseId == rating.Id);
        var (revisit, rectification) = (opened.Deadline.ShouldNotBeNull(), opened.MoreDeadlines.ShouldHaveSingleItem());
        var filed = await platform.FilingsAsync(rating.Id);
        filed.Select(f => f.Type).ShouldBe(["oversight_case_opened", "oversight_deadline_set", "oversight_deadline_set", "oversight_case_rated"]);
        filed.Take(3).Select(f => f.Transaction).Distinct().ShouldHaveSingleItem();
        // The module used to publish both settings before the opening: the file now records the opening first, with the same rows.
        (await platform.OversightRowsAsync(rating.Id)).ShouldBe(await platform.RowsFiledApartAsync(revisit, rectification, opened));
    }

    [Fact]
    public async Task The_unit_that_served_revisits_then_rectifies_a_bad_rating_and_its_deadlines_stop()
    {
        platform.SetShanghaiTime(2033, 1, 17, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-FOLLOW", "区市场监管局");
        var application = await platform.FinishedApplicationAsync(item);
        var (rating, tracked) = await platform.PostTrackedAsync<ServiceRatingCase>("/api/licensing/ratings",
            new RateService(RatedServiceKind.Application, application, ServiceRating.Dissatisfied, null), TestActors.Enterprise);
        var url = $"/api/licensing/ratings/{rating.Id}";

        await platform.PostAsync<ServiceRatingCase>($"{url}/revisit", new RevisitBadRating("回访"), TestActors.Planner, 403);
        await platform.PostAsync<ServiceRatingCase>($"{url}/revisit", new RevisitBadRating("回访"), TestActors.ClerkAt("东城"), 403);
        await platform.PostAsync<ServiceRatingCase>($"{url}/revisit", new RevisitBadRating("回访"), TestActors.Enterprise, 403);
        await platform.PostAsync<ServiceRatingCase>($"{url}/resolution", new ResolveBadRating(RatingResolution.Explained, "说明"), TestActors.MarketRegulator, 409);
        await platform.PostAsync<ServiceRatingCase>($"{url}/revisit", new RevisitBadRating("  "), TestActors.MarketRegulator, 400);
        var revisited = await platform.PostAsync<ServiceRatingCase>($"{url}/revisit", new RevisitBadRating("电话回访，企业反映告知不清"), TestActors.MarketRegulator);
        revisited.RevisitFindings.ShouldBe("电话回访，企业反映告知不清");
        await platform.PostAsync<ServiceRatingCase>($"{url}/revisit", new RevisitBadRating("再次回访"), TestActors.MarketRegulator, 409);
        (await platform.RejectedAsync($"{url}/resolution", new { account = "" }, TestActors.WindowClerk, 400)).ShouldContain("\"resolution\"");
        var (resolved, closing) = await platform.PostTrackedAsync<ServiceRatingCase>($"{url}/resolution", new ResolveBadRating(RatingResolution.Rectified, "修订告知单"), TestActors.WindowClerk);
        resolved.Resolution.ShouldBe(RatingResolution.Rectified);
        var closed = closing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem();
        (closed.Outcome, closed.OnTime).ShouldBe(("已整改", true));
        await platform.PostAsync<ServiceRatingCase>($"{url}/resolution", new ResolveBadRating(RatingResolution.Explained, "说明"), TestActors.WindowClerk, 409);

        var events = await platform.FireScheduledTimersAsync(tracked, rating.Id);
        events.OfType<RatingDeadlineWarned>().ShouldBeEmpty();
        events.OfType<RatingDeadlineOverdue>().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_good_rating_has_no_follow_up()
    {
        platform.SetShanghaiTime(2033, 1, 18, 10, 0);
        var item = await platform.ImmediateItemAsync("HCP-GOOD", "区市场监管局");
        var (rating, tracked) = await platform.PostTrackedAsync<ServiceRatingCase>("/api/licensing/ratings",
            new RateService(RatedServiceKind.Application, await platform.FinishedApplicationAsync(item), ServiceRating.VerySatisfied, null), TestActors.Enterprise);

        DeadlineTimers.ScheduledBy(tracked).ShouldBeEmpty();
        await platform.PostAsync<ServiceRatingCase>($"/api/licensing/ratings/{rating.Id}/revisit", new RevisitBadRating("回访"), TestActors.MarketRegulator, 409);
        await platform.PostAsync<ServiceRatingCase>($"/api/licensing/ratings/{rating.Id}/appeal", new AppealRating("误评"), TestActors.MarketRegulator, 409);
    }
}
