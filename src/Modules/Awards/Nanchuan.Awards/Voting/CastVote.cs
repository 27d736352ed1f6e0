using Microsoft.AspNetCore.RateLimiting;

namespace Nanchuan.Awards.Voting;

/// <summary>A vote for one candidate of the year's online vote.</summary>
public sealed record CastVoteBody(Guid? EntryId) : IOpenApiExample<CastVoteBody>
{
    public static CastVoteBody Example => new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"));
}

/// <summary>
/// The receipt of an accepted vote: its place in the year's log and its hash. Anyone can look the position up in the public
/// log (<c>Url</c>) and see the same hash; the recount counts it.
/// </summary>
public sealed record VoteReceipt(int Year, Guid EntryId, long Position, string Hash, string Day, DateTimeOffset CastAt, bool Flagged)
    : CreationResponse($"{AwardsModule.Route}/public/contests/{Year}/votes/{Position}");

public static class CastVoteEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/votes")]
    [Authorize(Roles = Roles.Public)]
    [EnableRateLimiting(VoteRateLimit.Name)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("网络投票 / Vote")]
    [EndpointDescription("A citizen signed in with a verified phone number or WeChat id votes for a candidate: once per case per day and at most 5 cases a day (Beijing time; configurable). Answers a receipt (the vote's position in the year's log and its hash). A second vote for the same case the same day is 409; outside the online vote 409 naming the phase; more than the per-voter request limit 429.")]
    [ProducesResponseType<VoteReceipt>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static async Task<VoteReceipt> Post(int year, CastVoteBody body, HttpContext http, VoterHashing hashing, VoteWriter writer, CancellationToken cancellation)
    {
        if (body.EntryId is null) throw new DomainValidationException("entryId", "请选择要投票的案例 / the entry to vote for is required.");
        var voter = hashing.Voter(CurrentActor.Value);
        var cast = await writer.CastAsync(year, new Ballot(body.EntryId.Value, voter, hashing.Source(http.Connection.RemoteIpAddress?.ToString())), cancellation);
        return new VoteReceipt(year, cast.EntryId, cast.Position, cast.Hash, cast.Day, cast.CastAt, cast.Flagged);
    }
}
