using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.Bench;

/// <summary>S10's outcome: what was sent and answered, and whether the log, its chain and the tally account for every accepted vote exactly once.</summary>
public sealed record VoteBurstResult(
    int Sent, int Accepted, int Refused, int Failed, double SendSeconds, double AllAnsweredSeconds, double P50Ms, double P99Ms, long LoggedVotes, long TallySum,
    bool PositionsGapFree, bool ChainIntact, bool TallyEqualsLive, string Check)
{
    public bool Holds => Failed == 0 && PositionsGapFree && ChainIntact && TallyEqualsLive && LoggedVotes == Accepted && TallySum == Accepted;
}

/// <summary>
/// S10: the Awards online vote under a burst. A contest of the current year is taken to its online vote (20 candidates); then
/// <c>votes</c> votes, each by a voter of its own (so no per-voter rule refuses one), are sent open-loop, spread evenly over
/// one second, from one address (so the later ones are flagged as a burst, and still counted). Afterwards every accepted vote
/// must hold a distinct position 1..n, the public recount must find the hash chain intact and equal to the live tally, and
/// the tally must sum to exactly the accepted votes: none lost, none counted twice.
/// </summary>
public static class VoteBurst
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<VoteBurstResult> RunAsync(Testbed bed, AppProcess platform, int votes, CancellationToken cancellation)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = new Uri(platform.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var candidates = await OnlineVoteAsync(http, bed.BusinessOfficeToken, year, cancellation);
        var tokens = Enumerable.Range(0, votes).Select(i => bed.TokenFor(new Actor($"phone:+86137{i:D8}", $"投票人{i}", Roles.Public, null, null, Channels.Web))).ToArray();

        var clock = Stopwatch.StartNew();
        var sending = new List<Task<(HttpStatusCode Status, double Ms, long? Position)>>(votes);
        for (var i = 0; i < votes; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / votes);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, cancellation);
            sending.Add(VoteAsync(http, tokens[i], year, candidates[i % candidates.Count], cancellation));
        }
        var sendSeconds = clock.Elapsed.TotalSeconds;
        var answers = await Task.WhenAll(sending);
        var allAnswered = clock.Elapsed.TotalSeconds;

        var accepted = answers.Where(a => a.Status == HttpStatusCode.Created).ToList();
        var refused = answers.Count(a => (int)a.Status is >= 400 and < 500);
        var positions = accepted.Select(a => a.Position!.Value).Order().ToList();
        var gapFree = positions.SequenceEqual(Enumerable.Range(1, positions.Count).Select(p => (long)p));
        var recount = await Authorized(http, null).GetFromJsonAsync<JsonElement>($"/api/awards/public/contests/{year}/recount", Json, cancellation);
        var tallySum = recount.GetProperty("live").EnumerateObject().Sum(p => p.Value.GetInt64());
        var latencies = answers.Select(a => a.Ms).Order().ToList();
        var result = new VoteBurstResult(votes, accepted.Count, refused, votes - accepted.Count - refused, sendSeconds, allAnswered,
            BenchReport.Percentile(latencies, 0.5), BenchReport.Percentile(latencies, 0.99), recount.GetProperty("votes").GetInt64(), tallySum, gapFree,
            recount.GetProperty("chainIntact").GetBoolean(), recount.GetProperty("equalsLiveTally").GetBoolean(), "");
        return result with
        {
            Check = result.Holds
                ? "every accepted vote logged once: positions 1..n, chain intact, recount = live tally = accepted"
                : $"LOST OR DOUBLE-COUNTED: positions gap-free {gapFree}, chain {result.ChainIntact}, recount = live {result.TallyEqualsLive}, logged {result.LoggedVotes}, tally {tallySum}, accepted {accepted.Count}",
        };
    }

    private static async Task<(HttpStatusCode, double, long?)> VoteAsync(HttpClient http, string token, int year, Guid entryId, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/awards/contests/{year}/votes") { Content = JsonContent.Create(new { entryId }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, cancellation);
            long? position = response.StatusCode == HttpStatusCode.Created
                ? (await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellation)).GetProperty("position").GetInt64()
                : null;
            return (response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, position);
        }
        catch (HttpRequestException)
        {
            return (0, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
    }

    /// <summary>Opens the year's contest, enters 20 cases, closes submissions and completes the preliminary: the vote is open.</summary>
    internal static async Task<IReadOnlyList<Guid>> OnlineVoteAsync(HttpClient http, string office, int year, CancellationToken cancellation)
    {
        var client = Authorized(http, office);
        await Send(client, "/api/awards/contests", new { year }, cancellation);
        var ids = new List<Guid>();
        for (var i = 1; i <= 20; i++)
        {
            var entry = await Send(client, $"/api/awards/contests/{year}/entries", new
            {
                entrantKind = "serviceUnit", entrantName = $"单位{i}", unit = $"单位{i}", title = $"案例{i}", summary = "为企业服务的做法和成效", media = Array.Empty<object>(),
                citations = Array.Empty<object>(),
            }, cancellation);
            ids.Add(entry.GetProperty("entryId").GetGuid());
        }
        await Send(client, $"/api/awards/contests/{year}/submissions/close", new { }, cancellation);
        await Send(client, $"/api/awards/contests/{year}/preliminary",
            new { assessments = ids.Select((id, i) => new { entryId = id, score = 90 - i, meetsCriteria = true }).ToList() }, cancellation);
        return ids;
    }

    private static HttpClient Authorized(HttpClient http, string? token)
    {
        http.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<JsonElement> Send(HttpClient http, string path, object body, CancellationToken cancellation)
    {
        using var response = await http.PostAsJsonAsync(path, body, Json, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }
}
