using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.Ratings;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests.Ratings;

/// <summary>Finished cases to rate and the calls of the rating tests.</summary>
internal static class RatingHall
{
    public static readonly UnifiedSocialCreditCode Code = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);
    public static readonly Actor OtherEnterprise = TestActors.Enterprise with { Id = "ent-2", CreditCode = "914403001922038216" };

    /// <summary>A clerk of the hall's window other than the shared test clerk, so figures and assessments of a test are its own.</summary>
    public static Actor HallClerk(string id, string name) => TestActors.WindowClerk with { Id = id, Name = name };

    /// <summary>An immediate item of <paramref name="department"/>: an application for it is finished (result issued) when received.</summary>
    public static Task<ServiceItem> ImmediateItemAsync(this LicensingHost platform, string code, string department) =>
        platform.PostAsync<ServiceItem>("/api/licensing/catalogue/items",
            new CatalogueServiceItem(code, $"即办事项{code}", ServiceItemKind.AdministrativeLicence, department, ServiceItemOwnerLevel.DistrictDepartment, 5, 0, true, true, true, ["申请书"]), TestActors.Admin);

    /// <summary>A finished application for <paramref name="item"/>, received at the hall by <paramref name="clerk"/>.</summary>
    public static async Task<Guid> FinishedApplicationAsync(this LicensingHost platform, ServiceItem item, Actor? clerk = null)
    {
        var done = await platform.PostAsync<ServiceApplication>("/api/licensing/applications",
            new SubmitApplication(item.Id, Code, "重庆南川示例科技有限公司", ["申请书"], null, true), clerk ?? TestActors.WindowClerk);
        done.Status.ShouldBe(ApplicationStatus.ResultIssued);
        return done.Id;
    }

    public static Task<ServiceRatingCase> RateAsync(
        this LicensingHost platform, RatedServiceKind service, Guid caseId, ServiceRating rating, Actor? rater = null, string? comment = null, int status = 200) =>
        platform.PostAsync<ServiceRatingCase>("/api/licensing/ratings", new RateService(service, caseId, rating, comment), rater ?? TestActors.Enterprise, status);
}
