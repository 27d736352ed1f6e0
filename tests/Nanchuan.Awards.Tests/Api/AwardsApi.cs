using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Awards.Opening;
using Nanchuan.Awards.Preliminary;
using Nanchuan.Awards.Submitting;
using Nanchuan.Awards.Voting;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>REST calls and the users of the scenarios.</summary>
internal static class AwardsApi
{
    public const string Route = "/api/awards";

    public static readonly Actor Office = TestActors.BusinessOffice;
    public static readonly Actor Town = new("dh-town", "东城街道 刘某", Roles.DepartmentHandler, "东城街道办事处", null, Channels.Web);

    public static string Contest(int year) => $"{Route}/contests/{year}";

    public static Actor EnterpriseUser(string creditCode) => new($"ent-{creditCode}", $"企业 {creditCode}", Roles.Enterprise, null, creditCode, Channels.Web);

    /// <summary>A voter signed in with a verified phone number (the token's subject).</summary>
    public static Actor Voter(int n) => new($"phone:+86139{n:D8}", $"市民{n}", Roles.Public, null, null, Channels.Web);

    public static SubmitEntryRequest EntryBy(string unit, string title = "案例") =>
        new(EntrantKind.ServiceUnit, $"{unit}", unit, title, "为企业服务的做法和成效", [new(MediaKind.Photo, "https://media.example.cn/a.jpg", null)], []);

    /// <summary>Opens the year's contest as the BusinessOffice, in the November of that year.</summary>
    public static async Task OpenAsync(this AwardsHost platform, int year)
    {
        platform.SetTime(Time($"{year}-11-04 10:00"));
        await platform.Post(Office, Route + "/contests", new OpenContestRequest(year), 201);
    }

    /// <summary>Opens the year and enters <paramref name="count"/> cases by units U01, U02…; answers their ids in that order.</summary>
    public static async Task<List<Guid>> WithEntriesAsync(this AwardsHost platform, int year, int count)
    {
        await platform.OpenAsync(year);
        var ids = new List<Guid>();
        for (var i = 1; i <= count; i++)
            ids.Add((await platform.Post(Office, Contest(year) + "/entries", EntryBy($"U{i:D2}", $"案例{i}"), 201).Read<EntrySubmittedResponse>()).EntryId);
        return ids;
    }

    /// <summary>
    /// A contest in its online vote on Wed 20 November of the year: <paramref name="count"/> entries, all eligible, preliminary
    /// scores 90, 89, 88… unless <paramref name="score"/> gives them; answers the shortlist in that order.
    /// </summary>
    public static async Task<List<Guid>> OnlineVoteAsync(this AwardsHost platform, int year, int count, Func<int, decimal>? score = null)
    {
        score ??= i => 90 - i;
        var ids = await platform.WithEntriesAsync(year, count);
        await platform.Post(Office, Contest(year) + "/submissions/close", new { });
        await platform.Post(Office, Contest(year) + "/preliminary", new CompletePreliminaryBody(ids.Select((id, i) => new AssessmentBody(id, score(i), true, null)).ToList(), null));
        platform.SetTime(Time($"{year}-11-20 10:00"));
        return ids;
    }

    public static Task<IScenarioResult> VoteAsync(this AwardsHost platform, Actor voter, int year, Guid entryId, int status = 201) =>
        platform.Post(voter, Contest(year) + "/votes", new CastVoteBody(entryId), status);

    public static async Task<VoteLog> VoteLogAsync(this IAlbaHost host, int year)
    {
        await using var query = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await query.LoadAsync<VoteLog>(BuildingBlocks.Events.DerivedIds.FromName($"nanchuan:awards:votes:{year}")))!;
    }

    public static async Task<Contest> ContestAsync(this IAlbaHost host, int year)
    {
        await using var query = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await query.LoadAsync<Contest>(DerivedIdsOf(year)))!;
    }

    public static Guid DerivedIdsOf(int year) => BuildingBlocks.Events.DerivedIds.FromName($"nanchuan:awards:contest:{year}");

    /// <summary>Events the module stored, to show a refused command wrote nothing.</summary>
    public static async Task<long> EventCountAsync(this IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.QueryAsync<long>(
            "select count(*) from events.mt_events e join events.mt_streams s on s.id = e.stream_id where s.type in ('contest', 'vote_log')")).Single();
    }
}
