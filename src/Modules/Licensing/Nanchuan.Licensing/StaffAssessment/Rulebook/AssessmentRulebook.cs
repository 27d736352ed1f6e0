namespace Nanchuan.Licensing.StaffAssessment.Rulebook;

/// <summary>
/// 考核细则: the rules of the monthly staff assessment, one stream with a fixed id. Every revision of a rule is kept with the time it
/// came into force and the time it stopped, so the rule a deduction quoted can be read as it stood then.
/// </summary>
public sealed class AssessmentRulebook
{
    public static readonly Guid StreamId = DerivedIds.FromName("nanchuan:licensing:staff-assessment-rulebook");

    public Guid Id { get; set; }
    public List<AssessmentRuleRevision> Revisions { get; set; } = [];

    /// <summary>The revision of <paramref name="code"/> in force at <paramref name="at"/>, or null.</summary>
    public AssessmentRuleRevision? InForce(string code, DateTimeOffset at) =>
        Revisions.LastOrDefault(r => r.Code == code && r.From <= at && (r.Until is null || r.Until > at));

    /// <summary>Every rule in force at <paramref name="at"/>, by category then code.</summary>
    public IReadOnlyList<AssessmentRuleRevision> InForceAt(DateTimeOffset at) =>
        Revisions.Where(r => r.From <= at && (r.Until is null || r.Until > at)).OrderBy(r => r.Category).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();

    /// <summary>The latest revision of <paramref name="code"/>, in force or retired, or null when no rule ever had the code.</summary>
    public AssessmentRuleRevision? Latest(string code) => Revisions.LastOrDefault(r => r.Code == code);

    public void Apply(AssessmentRuleAdopted e)
    {
        Id = e.RulebookId;
        Revisions.Add(new AssessmentRuleRevision(e.Code, 1, e.Title, e.Category, e.Points, e.Source, e.At, null, e.By, null));
    }

    public void Apply(AssessmentRuleAmended e)
    {
        var current = Close(e.Code, e.At);
        Revisions.Add(current with { Revision = e.Revision, Title = e.Title, Points = e.Points, From = e.At, Until = null, By = e.By, Reason = e.Reason });
    }

    public void Apply(AssessmentRuleRetired e) => Close(e.Code, e.At);

    private AssessmentRuleRevision Close(string code, DateTimeOffset at)
    {
        var index = Revisions.FindLastIndex(r => r.Code == code);
        var current = Revisions[index];
        Revisions[index] = current with { Until = at };
        return current;
    }
}

/// <summary>
/// One revision of a rule: in force from <paramref name="From"/> until <paramref name="Until"/> (null: still in force), set by
/// <paramref name="By"/>, with the <paramref name="Reason"/> of an amendment.
/// </summary>
public sealed record AssessmentRuleRevision(
    string Code, int Revision, string Title, AssessmentRuleCategory Category, int Points, string Source, DateTimeOffset From, DateTimeOffset? Until,
    RuleChangedBy By, string? Reason);
