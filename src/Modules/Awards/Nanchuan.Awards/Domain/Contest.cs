using Nanchuan.BuildingBlocks.Deadlines;
using System.Text.Json.Serialization;

namespace Nanchuan.Awards.Domain;

/// <summary>The phases of a contest year, in the only order they run (spec: the yearly contest).</summary>
public enum ContestPhase
{
    /// <summary>申报: entrants submit cases.</summary>
    Submission,

    /// <summary>初选: the BusinessOffice assesses the cases and selects the 20.</summary>
    Preliminary,

    /// <summary>网络票选: the public votes on the 20.</summary>
    OnlineVote,

    /// <summary>决赛: the 15 present on site; the panel scores them.</summary>
    Final,

    /// <summary>确定入选: the 10 await the district government executive meeting and the party standing committee.</summary>
    Approval,

    /// <summary>表彰奖励: approved, to be honoured in the first quarter of the next year.</summary>
    Award,

    /// <summary>已表彰: the contest year is over.</summary>
    Closed,
}

/// <summary>Who may enter (spec: who may enter).</summary>
public enum EntrantKind
{
    /// <summary>镇党委、政府.</summary>
    TownGovernment,

    /// <summary>街道党工委、办事处.</summary>
    SubdistrictOffice,

    /// <summary>区委各部门.</summary>
    PartyDepartment,

    /// <summary>区级国家机关.</summary>
    StateOrgan,

    /// <summary>人民团体.</summary>
    PeoplesOrganisation,

    /// <summary>其他服务企业的单位.</summary>
    ServiceUnit,

    /// <summary>个人.</summary>
    Individual,

    /// <summary>辖区内企业.</summary>
    Enterprise,
}

public enum MediaKind
{
    Photo,
    Video,
}

/// <summary>A photo or video of the case, stored as a reference (the file lives in the district's media store, not here).</summary>
/// <param name="Reference">Where the file is: an https URL or a media-store key.</param>
public sealed record MediaReference(MediaKind Kind, string Reference, string? Caption);

/// <summary>A KPI figure of another module the entry cites, as it stood when cited (spec's cross-module flows).</summary>
/// <param name="Module">The module the figure comes from, e.g. "Licensing".</param>
/// <param name="Indicator">What the figure measures, e.g. "开办企业平均用时（工作日）".</param>
/// <param name="Period">The period it covers, e.g. "2024-10".</param>
/// <param name="Source">Where it was read: the report table or endpoint, e.g. "/api/licensing/reports/monthly.csv".</param>
/// <param name="CitedAt">When the server recorded it: the figure is the one of that time, never refreshed.</param>
/// <param name="Table">For a snapshot the server read: the module's report table (then <paramref name="Column"/> and <paramref name="Row"/> say which
/// cell); null for a figure as the entrant stated it.</param>
public sealed record KpiCitation(string Module, string Indicator, decimal Figure, string? Unit, string Period, string Source, DateTimeOffset CitedAt,
    string? Table = null, string? Column = null, IReadOnlyDictionary<string, string>? Row = null);

/// <summary>
/// The contest's numbers, fixed when the year opens (configuration `Awards:*`, spec defaults): a changed setting never alters
/// a running contest.
/// </summary>
/// <param name="VoteWeight">The vote's share of the combined score (0–1; default 0.5); the preliminary score has the rest.</param>
/// <param name="TrimFromJudges">With at least this many scores the highest and the lowest are dropped (default 5).</param>
/// <param name="BurstVotes">More votes than this from one source within <paramref name="BurstWindowSeconds"/> are flagged for review.</param>
public sealed record ContestRules(
    int PreliminaryCount, int FinalistCount, int ListCount, decimal VoteWeight, int VotesPerCasePerDay, int CasesPerVoterPerDay, int TrimFromJudges,
    int BurstVotes, int BurstWindowSeconds);

/// <summary>A submitted case (参评案例).</summary>
/// <param name="Unit">The entrant's unit: the credit code of an enterprise, the unit's name otherwise (an individual's own name) — what a judge's conflict of interest is checked against.</param>
public sealed record Entry(
    Guid EntryId, EntrantKind EntrantKind, string EntrantName, string Unit, string Title, string Summary, IReadOnlyList<MediaReference> Media,
    IReadOnlyList<KpiCitation> Citations, DateTimeOffset SubmittedAt);

/// <summary>The BusinessOffice's screening of one entry: a score 0–100 and whether it meets the criteria.</summary>
public sealed record Assessment(Guid EntryId, decimal Score, bool MeetsCriteria, string? Note);

/// <summary>An entry's standing after the online vote.</summary>
/// <param name="VoteShare">The entry's votes over all votes cast (0–1).</param>
/// <param name="VoteScore">100 × votes over the most votes any candidate received (0 with no votes): the vote on the preliminary score's 0–100 scale.</param>
/// <param name="Combined">VoteWeight × VoteScore + (1 − VoteWeight) × PreliminaryScore.</param>
public sealed record VoteStanding(Guid EntryId, int Votes, int FlaggedVotes, decimal VoteShare, decimal VoteScore, decimal PreliminaryScore, decimal Combined);

/// <summary>A member of the final's panel (评审团), identified by the user id they sign in with.</summary>
/// <param name="Unit">The judge's own unit (credit code or name): entries of that unit are theirs not to score.</param>
/// <param name="Capacity">In what capacity they sit, e.g. "营商环境观察员", "企业代表", "人大代表", "政协委员".</param>
public sealed record Judge(string JudgeId, string Name, string Unit, string Capacity);

public sealed record PanelScore(string JudgeId, Guid EntryId, decimal Score, DateTimeOffset RecordedAt);

/// <summary>An entry's standing after the panel scored it.</summary>
/// <param name="Mean">The mean of <paramref name="Counted"/>.</param>
/// <param name="Raw">Every score the entry received.</param>
/// <param name="Counted">The scores counted: without the highest and the lowest when enough judges scored.</param>
public sealed record PanelStanding(Guid EntryId, IReadOnlyList<decimal> Raw, IReadOnlyList<decimal> Counted, decimal Mean, decimal VoteShare, decimal PreliminaryScore);

public enum ApprovingBody
{
    /// <summary>区政府常务会议.</summary>
    ExecutiveMeeting,

    /// <summary>区委常委会.</summary>
    StandingCommittee,
}

public sealed record Approval(ApprovingBody Body, string Reference, DateTimeOffset ApprovedAt);

/// <summary>
/// 评选年度: one stream per contest year (id derived from the year), from its opening to the award. The entries, every cut-off
/// with the standings it was made on, the panel, its scores and the approvals. Changed only by its own events.
/// </summary>
public sealed class Contest : IErasureCounted, ICaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    long ICaseView.Version => Version;

    public int Year { get; set; }
    public ContestRules Rules { get; set; } = null!;
    public ContestPhase Phase { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public List<Entry> Entries { get; set; } = [];
    public List<Assessment> Assessments { get; set; } = [];
    public List<Guid> Shortlist { get; set; } = [];
    public List<VoteStanding> VoteStandings { get; set; } = [];
    public List<Guid> Finalists { get; set; } = [];
    public List<Judge> Panel { get; set; } = [];
    public List<PanelScore> Scores { get; set; } = [];
    public List<PanelStanding> PanelStandings { get; set; } = [];
    public List<Guid> Listed { get; set; } = [];
    public List<TieDraw> Draws { get; set; } = [];
    public List<Approval> Approvals { get; set; } = [];
    public DateTimeOffset? AwardedAt { get; set; }

    /// <summary>The award's deadline (Q1 of the next year) while the contest waits for it; null before the approvals and after the award.</summary>
    public RunningDeadline? AwardDeadline { get; set; }

    internal static Guid IdOf(int year) => DerivedIds.FromName($"nanchuan:awards:contest:{year}");

    public Entry? EntryOf(Guid entryId) => Entries.FirstOrDefault(e => e.EntryId == entryId);

    /// <summary>The panel's judges who may score the entry: everyone but a judge of the entrant's own unit.</summary>
    public IEnumerable<Judge> JudgesOf(Entry entry) => Panel.Where(j => !Units.Same(j.Unit, entry.Unit));

    /// <summary>Finalist × eligible judge pairs without a score yet.</summary>
    [JsonIgnore]
    public IEnumerable<(Judge Judge, Entry Entry)> MissingScores => Finalists.Select(id => EntryOf(id)!)
        .SelectMany(entry => JudgesOf(entry).Select(judge => (judge, entry)))
        .Where(pair => !Scores.Any(s => s.JudgeId == pair.judge.JudgeId && s.EntryId == pair.entry.EntryId));

    public static Contest Create(ContestOpened e) => new()
    {
        Id = e.ContestId, Year = e.Year, Rules = e.Rules, Phase = ContestPhase.Submission, OpenedAt = e.OpenedAt,
    };

    public void Apply(EntrySubmitted e) => Entries.Add(new Entry(e.EntryId, e.EntrantKind, e.EntrantName, e.Unit, e.Title, e.Summary, e.Media, e.Citations, e.SubmittedAt));

    public void Apply(SubmissionsClosed _) => Phase = ContestPhase.Preliminary;

    public void Apply(PreliminaryCompleted e)
    {
        Assessments = [.. e.Assessments];
        Shortlist = [.. e.Selected];
        if (e.Draw is not null) Draws.Add(e.Draw);
        Phase = ContestPhase.OnlineVote;
    }

    public void Apply(FinalistsSelected e)
    {
        VoteStandings = [.. e.Standings];
        Finalists = [.. e.Selected];
        if (e.Draw is not null) Draws.Add(e.Draw);
        Phase = ContestPhase.Final;
    }

    public void Apply(PanelAppointed e) => Panel = [.. e.Judges];

    public void Apply(PanelScoreRecorded e) => Scores.Add(new PanelScore(e.JudgeId, e.EntryId, e.Score, e.RecordedAt));

    public void Apply(ListSelected e)
    {
        PanelStandings = [.. e.Standings];
        Listed = [.. e.Selected];
        if (e.Draw is not null) Draws.Add(e.Draw);
        Phase = ContestPhase.Approval;
    }

    public void Apply(ListApproved e)
    {
        Approvals.Add(new Approval(e.Body, e.Reference, e.ApprovedAt));
        if (Enum.GetValues<ApprovingBody>().All(body => Approvals.Any(a => a.Body == body))) Phase = ContestPhase.Award;
    }

    public void Apply(AwardDeadlineSet e) => AwardDeadline = new RunningDeadline(AwardTerm.Name, TimeLimit.CalendarDays(e.CalendarDays), e.Start, e.DueAt, false, false);

    public void Apply(AwardDeadlineWarned _) => AwardDeadline = AwardDeadline! with { Warned = true };

    public void Apply(AwardOverdue _) => AwardDeadline = AwardDeadline! with { Overdue = true };

    public void Apply(AwardDeadlineRecomputed e) => AwardDeadline = AwardDeadline! with { DueAt = e.DueAt, Warned = false, Overdue = false };

    public void Apply(AwardsConferred e)
    {
        AwardDeadline = null;
        AwardedAt = e.AwardedAt;
        Phase = ContestPhase.Closed;
    }
}

/// <summary>Units compared as entrants and judges give them: case and surrounding spaces do not make another unit.</summary>
internal static class Units
{
    public static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
