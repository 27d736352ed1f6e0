using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Applications;

/// <summary>
/// An application at the comprehensive window: the item, the enterprise, the materials brought. <c>Assisted</c> (帮办代办): the
/// signed-in staff member acts for the enterprise and is recorded as its helper on each act; leave it out or false otherwise.
/// </summary>
public sealed record SubmitApplication(Guid ItemId, UnifiedSocialCreditCode CreditCode, string EnterpriseName, IReadOnlyList<string>? Materials, bool? Assisted, bool InPerson)
    : IOpenApiExample<SubmitApplication>
{
    public static SubmitApplication Example => new(Guid.Parse("0192f0a4-2c1e-7d3a-9b1f-5e6a7c8d9e02"), UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"),
        "重庆南川示例科技有限公司", ["食品经营许可申请书", "营业执照复印件"], null, true);
}

public sealed record SupplementMaterials(IReadOnlyList<string>? Materials, bool InPerson) : IOpenApiExample<SupplementMaterials>
{
    public static SupplementMaterials Example => new(["法定代表人身份证明", "经营场所平面图"], true);
}

public sealed record IssueNotice(IReadOnlyList<string>? Missing) : IOpenApiExample<IssueNotice>
{
    public static IssueNotice Example => new(["经营场所平面图"]);
}

public sealed record RecordVisit(string Purpose) : IOpenApiExample<RecordVisit>
{
    public static RecordVisit Example => new("咨询审批进度");
}

public sealed record DecideApplication(bool Approved, string Reasons, string? Rule) : IOpenApiExample<DecideApplication>
{
    public static DecideApplication Example => new(false, "经营场所与食品安全要求不符", "《食品经营许可和备案管理办法》第十二条");
}

public sealed record IssueApplicationResult(string ResultNumber, bool Mailed) : IOpenApiExample<IssueApplicationResult>
{
    public static IssueApplicationResult Example => new("JY15001190012345", true);
}

/// <summary>The hall's "at most one trip" (最多跑一次) figure: finished applications and the share finished with at most one visit.</summary>
public sealed record OneTripReport(int Finished, int WithinOneTrip, decimal? OneTripRate);
