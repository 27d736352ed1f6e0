using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Awards.Oversight;

/// <summary>The module's case (a contest year) as the oversight contract describes it, and its name for 404 answers.</summary>
internal static class AwardsCases
{
    public const string ContestType = "contest";

    /// <summary>The contest is the BusinessOffice's (区营商办, hosted by 区发展改革委).</summary>
    public const string Department = "区营商办";

    public static readonly CaseName ContestName = new("评选年度", "contest year");
    public static readonly CaseName EntryName = new("参评案例", "entry");

    private static readonly OversightCaseType Contests = new(AwardsModule.ModuleName, ContestType);

    public static OversightCase Of(Contest contest) => Contests.Case(contest.Id, null, Department);

    public static CaseOpened Opened(ContestOpened opened) =>
        Contests.Opened(opened.ContestId, null, Department, $"{opened.Year}年度“最佳案例大家评”", opened.OpenedAt);

    public static CaseClosed Closed(Contest contest, DateTimeOffset at) => Contests.Closed(contest.Id, null, Department, "已表彰", null, at);

    /// <summary>The contest of a year, or 404.</summary>
    public static async Task<Contest> LoadAsync(IQuerySession session, int year, CancellationToken cancellation) =>
        await session.LoadAsync<Contest>(Contest.IdOf(year), cancellation) ?? throw ContestName.NotFound(year);
}
