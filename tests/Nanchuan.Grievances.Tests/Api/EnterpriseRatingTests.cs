using Alba;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Rating;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// Issue 14, point 12: the BusinessOffice revisits and evaluates (spec step 6); the enterprise's own 好差评 is its own event and
/// figure on the national five-level scale, and moves nothing in the loop.
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed class EnterpriseRatingTests(GrievancesHost platform)
{
    private async Task<Guid> Handled()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id, unit: TestActors.MarketRegulator.DepartmentId!);
        await platform.Report(id, GrievanceApi.At(2024, 5, 9, 10, 0));
        return id;
    }

    [Fact]
    public async Task Only_the_BusinessOffice_records_the_revisit_evaluation()
    {
        var id = await Handled();

        await platform.Post(TestActors.Enterprise, $"{GrievanceApi.Route}/{id}/evaluation", new EvaluateRequestBody(true, "满意", null), 403);
        (await platform.Details(id)).Status.ShouldBe(GrievanceStatus.Handled);
        (await platform.Evaluate(id, satisfied: true)).Event.ShouldBe(nameof(GrievanceEvaluated));
    }

    [Fact]
    public async Task The_enterprise_rates_once_per_round_as_its_own_event_and_the_loop_waits_for_the_revisit()
    {
        var id = await Handled();

        var rated = await platform.Post(TestActors.Enterprise, $"{GrievanceApi.Route}/{id}/enterprise-rating",
            new RateServiceRequest(ServiceRating.BasicallySatisfied, "回复及时")).Read<Nanchuan.BuildingBlocks.Platform.Writes.CaseStepRecorded>();
        rated.Event.ShouldBe(nameof(GrievanceRatedByEnterprise));

        var details = await platform.Details(id);
        details.Status.ShouldBe(GrievanceStatus.Handled);
        details.Rounds.Single().EnterpriseRating.ShouldBe(ServiceRating.BasicallySatisfied);
        details.Rounds.Single().Satisfied.ShouldBeNull();
        var events = await platform.EventsAsync(id);
        events.OfType<GrievanceRatedByEnterprise>().Single().Describe().ShouldBe("企业好差评（第1轮）：基本满意，回复及时");
        events.OfType<GrievanceEvaluated>().ShouldBeEmpty();

        var again = await platform.Post(TestActors.Enterprise, $"{GrievanceApi.Route}/{id}/enterprise-rating", new RateServiceRequest(ServiceRating.Satisfied, null), 409);
        (await again.ReadAsTextAsync()).ShouldContain("已评价");
        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/enterprise-rating", new RateServiceRequest(ServiceRating.Satisfied, null), 403);
    }

    [Fact]
    public async Task A_rating_before_the_handling_report_or_off_the_scale_is_refused()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id);

        (await (await platform.Post(TestActors.Enterprise, $"{GrievanceApi.Route}/{id}/enterprise-rating",
            new RateServiceRequest(ServiceRating.Satisfied, null), 409)).ReadAsTextAsync()).ShouldContain("办理情况反馈后");
        await platform.Report(id, GrievanceApi.At(2024, 5, 9, 10, 0));
        var offScale = await platform.Host.Scenario(s =>
        {
            s.Post.Text("""{"rating":"Good"}""").ToUrl($"{GrievanceApi.Route}/{id}/enterprise-rating");
            s.WithRequestHeader("Content-Type", "application/json");
            s.As(platform, TestActors.Enterprise);
            s.StatusCodeShouldBe(400);
        });
        (await offScale.ReadAsTextAsync()).ShouldContain("rating");
        (await platform.EventsAsync(id)).OfType<GrievanceRatedByEnterprise>().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_hall_s_rules_apply_a_comment_of_at_most_500_characters_and_two_ratings_at_once_make_one()
    {
        var id = await Handled();
        var url = $"{GrievanceApi.Route}/{id}/enterprise-rating";

        var tooLong = await platform.Post(TestActors.Enterprise, url, new RateServiceRequest(ServiceRating.Satisfied, new string('慢', 501)), 400);
        (await tooLong.ReadAsTextAsync()).ShouldContain(ServiceRatings.CommentTooLong);
        var results = await Task.WhenAll(new[] { ServiceRating.Satisfied, ServiceRating.Dissatisfied }.Select(rating => platform.Host.Scenario(s =>
        {
            s.Post.Json(new RateServiceRequest(rating, null)).ToUrl(url);
            s.As(platform, TestActors.Enterprise);
            s.IgnoreStatusCode();
        })));

        results.Select(r => r.Context.Response.StatusCode).OrderBy(c => c).ShouldBe([200, 409]);
        (await platform.EventsAsync(id)).OfType<GrievanceRatedByEnterprise>().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(ServiceRating.VerySatisfied, "非常满意", true)]
    [InlineData(ServiceRating.Satisfied, "满意", true)]
    [InlineData(ServiceRating.BasicallySatisfied, "基本满意", true)]
    [InlineData(ServiceRating.Dissatisfied, "不满意", false)]
    [InlineData(ServiceRating.VeryDissatisfied, "非常不满意", false)]
    public void The_national_scale_has_five_levels_three_of_them_good(ServiceRating rating, string chinese, bool good)
    {
        rating.ToChinese().ShouldBe(chinese);
        rating.IsGood().ShouldBe(good);
    }
}
