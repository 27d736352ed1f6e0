using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Packages;

/// <summary>A new 一件事一次办 package: catalogue items (at least two) and, optionally, its own promised limit in half days.</summary>
public sealed record CataloguePackage(string Code, string Name, IReadOnlyList<Guid>? ItemIds, decimal? PromisedWorkingDays) : IOpenApiExample<CataloguePackage>
{
    public static CataloguePackage Example => new("YJS-500119-001", "我要开餐馆",
        [Guid.Parse("0192f0a4-2c1e-7d3a-9b1f-5e6a7c8d9e02"), Guid.Parse("0192f0a4-2c1e-7d3a-9b1f-5e6a7c8d9e03")], null);
}

/// <summary>
/// One application for a package at the comprehensive window (or online by the enterprise itself), with the materials brought.
/// <c>Assisted</c> (帮办代办 at the window): the signed-in staff member acts for the enterprise and is recorded as its helper; an
/// enterprise applying online cannot be assisted.
/// </summary>
public sealed record SubmitPackageApplication(UnifiedSocialCreditCode CreditCode, string EnterpriseName, IReadOnlyList<string>? Materials, bool? Assisted, bool InPerson)
    : IOpenApiExample<SubmitPackageApplication>
{
    public static SubmitPackageApplication Example => new(UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "重庆南川示例餐饮有限公司",
        ["营业执照复印件", "法定代表人身份证明", "经营场所平面图"], true, true);
}

/// <summary>Per package: applications, finished ones, and what the finished ones saved (减环节、减时间、减材料、减跑动).</summary>
public sealed record PackageFigures(
    string PackageCode, string PackageName, int Applications, int Finished, int StepsSaved, decimal WorkingDaysSaved, int MaterialsSaved, int TripsSaved, int VisitsRecorded);
