namespace Nanchuan.Awards.Preliminary;

/// <summary>The BusinessOffice's screening of one entry: a score 0–100 and whether it meets the criteria (符合条件).</summary>
public sealed record AssessmentBody(Guid? EntryId, decimal? Score, bool? MeetsCriteria, string? Note);

/// <summary>The screening of every entry. <c>seed</c> settles a tie at the cut-off (left out, the server draws one); it is recorded.</summary>
public sealed record CompletePreliminaryBody(IReadOnlyList<AssessmentBody>? Assessments, string? Seed) : IOpenApiExample<CompletePreliminaryBody>
{
    public static CompletePreliminaryBody Example => new([new(Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), 86.5m, true, "成效可量化")], "2024初选-公开抽签");
}

public static class CompletePreliminaryEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/preliminary")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("初选 / Complete the preliminary")]
    [EndpointDescription("Every entry is assessed; the best-scored entries that meet the criteria go to the online vote (20 by default; all when fewer), whose log opens. A tie at the cut-off is settled by an auditable draw among the tied. During the preliminary phase only (409 naming the phase).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(int year, CompletePreliminaryBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        var contest = stream.Aggregate!;
        contest.Require(ContestPhase.Preliminary, "初选");
        var (assessments, seed) = Check(contest, body);
        var completed = PreliminaryDecision.Complete(contest, assessments, seed, time.GetUtcNow());
        // The vote log opens with the shortlist, in the same transaction: the online vote begins.
        session.Events.StartStream<VoteLog>(VoteLog.IdOf(year),
            new VoteLogOpened(VoteLog.IdOf(year), contest.Id, year, completed.Selected, contest.Rules, VoteChain.Genesis(year), completed.CompletedAt));
        return CaseStreams.Append(stream, completed);
    }

    private static (IReadOnlyList<Assessment>, string) Check(Contest contest, CompletePreliminaryBody body)
    {
        var errors = new FieldErrors();
        var given = body.Assessments ?? [];
        errors.If(body.Assessments is null, "assessments", "请逐一填写初选评估 / the assessments are required.");
        for (var i = 0; i < given.Count; i++)
        {
            var a = given[i];
            errors.If(a.EntryId is not { } id || contest.EntryOf(id) is null, $"assessments[{i}].entryId", "不是本年度的参评案例 / not an entry of this contest.");
            errors.If(a.Score is not (>= 0 and <= 100), $"assessments[{i}].score", "初选得分应为0至100 / the score is 0 to 100.");
            errors.If(a.MeetsCriteria is null, $"assessments[{i}].meetsCriteria", "请注明是否符合条件 / say whether it meets the criteria.");
        }
        var duplicated = given.Where(a => a.EntryId is not null).GroupBy(a => a.EntryId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.If(duplicated.Count > 0, "assessments", $"案例重复评估：{string.Join("、", duplicated)} / entries assessed twice.");
        var missing = contest.Entries.Where(e => given.All(a => a.EntryId != e.EntryId)).Select(e => e.Title).ToList();
        errors.If(body.Assessments is not null && missing.Count > 0, "assessments", $"尚未评估：{string.Join("、", missing)} / every entry must be assessed.");
        var seed = Seeds.Check(errors, body.Seed);
        errors.ThrowIfAny();
        return (given.Select(a => new Assessment(a.EntryId!.Value, a.Score!.Value, a.MeetsCriteria!.Value, a.Note?.Trim())).ToList(), seed);
    }
}

/// <summary>The preliminary's cut-off: the entries that meet the criteria, best score first; a tie at the last place is drawn.</summary>
internal static class PreliminaryDecision
{
    public static PreliminaryCompleted Complete(Contest contest, IReadOnlyList<Assessment> assessments, string seed, DateTimeOffset now)
    {
        var eligible = assessments.Where(a => a.MeetsCriteria).Select(a => new Ranked(a.EntryId, [a.Score])).ToList();
        var (selected, draw) = CutOff.Select("preliminary", eligible, contest.Rules.PreliminaryCount, seed);
        return new PreliminaryCompleted(contest.Id, assessments, selected, draw, now);
    }
}
