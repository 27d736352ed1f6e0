using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.EnterpriseHome;
using Nanchuan.Licensing.FinancialStreet;
using Nanchuan.Licensing.Packages;
using Nanchuan.Licensing.Ratings;
using Nanchuan.Testing;
using static Nanchuan.Licensing.Tests.Ratings.RatingHall;

namespace Nanchuan.Licensing.Tests.Ratings;

/// <summary>The same rating for every service of the hall: packages, registrations, desk requests, financing requests (ADR 0095).</summary>
[Collection(LicensingCollection.Name)]
public sealed class RatedServicesTests(LicensingHost platform)
{
    [Fact]
    public async Task A_finished_package_application_is_rated_as_a_package()
    {
        platform.SetShanghaiTime(2033, 7, 4, 10, 0);
        var seal = await platform.ImmediateItemAsync("HCP-PKG-SEAL", "区税务局");
        var tax = await platform.ImmediateItemAsync("HCP-PKG-TAX", "区市场监管局");
        var package = await platform.PostAsync<ServicePackage>("/api/licensing/catalogue/packages", new CataloguePackage("HCP-PKG", "我要刻章领票", [seal.Id, tax.Id], null), TestActors.Admin);
        var application = await platform.PostAsync<ServiceApplication>($"/api/licensing/packages/{package.Id}/applications",
            new SubmitPackageApplication(Code, "重庆南川示例科技有限公司", ["申请书"], null, true), TestActors.WindowClerk);
        application.Status.ShouldBe(ApplicationStatus.ResultIssued);

        await platform.RateAsync(RatedServiceKind.Application, application.Id, ServiceRating.Satisfied, status: 404);
        var rating = await platform.RateAsync(RatedServiceKind.Package, application.Id, ServiceRating.Satisfied);

        rating.Service.ShouldBe(RatedServiceKind.Package);
        rating.Title.ShouldBe("我要刻章领票");
    }

    [Fact]
    public async Task A_desk_request_is_rated_once_the_desk_forwarded_it()
    {
        platform.SetShanghaiTime(2033, 7, 5, 10, 0);
        var desk = HallClerk("clerk-hcp-desk", "企业之家 冯戊");
        var forwarded = await platform.PostAsync<DeskRequestForwarded>("/api/licensing/enterprise-home/requests",
            new LodgeDeskRequest("重庆南川示例科技有限公司", Code, "王经理", "13800000000", "厂区道路照明不足"), desk);

        await platform.RateAsync(RatedServiceKind.DeskRequest, forwarded.DeskRequestId, ServiceRating.Satisfied, OtherEnterprise, status: 403);
        var rating = await platform.RateAsync(RatedServiceKind.DeskRequest, forwarded.DeskRequestId, ServiceRating.VerySatisfied);

        rating.Department.ShouldBe("企业之家");
        rating.Window.ShouldBe(new RatedWindow("clerk-hcp-desk", "企业之家 冯戊"));
    }

    [Fact]
    public async Task A_financing_request_is_rated_when_every_bank_answered_and_one_lodged_online_has_no_window_to_deduct()
    {
        platform.SetShanghaiTime(2033, 7, 6, 10, 0);
        var lodged = await platform.PostAsync<FinancingRequestView>("/api/licensing/financial-street/requests",
            new LodgeFinancingRequest(Code, "重庆南川示例科技有限公司", 100000m, "流动资金", "创业贷", ["石银村镇银行"]), TestActors.Enterprise);

        (await platform.RejectedAsync("/api/licensing/ratings", new RateService(RatedServiceKind.FinancingRequest, lodged.Request.Id, ServiceRating.Dissatisfied, null),
            TestActors.Enterprise, 409)).ShouldContain("待银行答复");
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{lodged.Answers[0].Id}/answer",
            new AnswerFinancingRequest(BankAnswer.Decline, null, "经营年限不足"), HallApi.Bank("石银村镇银行"));
        var rating = await platform.RateAsync(RatedServiceKind.FinancingRequest, lodged.Request.Id, ServiceRating.Dissatisfied);

        rating.Department.ShouldBe("大厅金融街");
        rating.Window.ShouldBeNull();
        (await platform.RejectedAsync($"/api/licensing/ratings/{rating.Id}/deduction", new DeductForRating(2), TestActors.BusinessOffice, 409)).ShouldContain("无受理窗口");
        (await platform.PostAsync<ServiceRatingCase>($"/api/licensing/ratings/{rating.Id}/revisit", new RevisitBadRating("回访企业"), TestActors.WindowClerk)).RevisitedAt.ShouldNotBeNull();
    }
}
