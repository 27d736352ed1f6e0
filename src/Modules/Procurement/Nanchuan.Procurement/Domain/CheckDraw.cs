namespace Nanchuan.Procurement.Domain;

public enum CheckOutcome
{
    /// <summary>履约良好.</summary>
    Satisfactory,

    /// <summary>存在问题，责令整改.</summary>
    Deficient,
}

/// <summary>A published check result (一公开).</summary>
public sealed record CheckResult(Guid ProjectId, CheckOutcome Outcome, string Findings, DateTimeOffset PublishedAt);

/// <summary>
/// 双随机、一公开 performance checks of one supervising department for one calendar quarter: at least ceil(10 % × its projects
/// published in the quarter) drawn by an auditable draw, each result published. Stream id derived from department and quarter.
/// </summary>
public sealed class CheckDraw
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Department { get; set; } = "";
    public string Quarter { get; set; } = "";
    public int Projects { get; set; }
    public int Minimum { get; set; }
    public RecordedDraw Draw { get; set; } = new([], "", "", 0, []);
    public DateTimeOffset DrawnAt { get; set; }
    public List<CheckResult> Results { get; set; } = [];

    public static Guid IdOf(string department, string quarter) => DerivedIds.FromName($"nanchuan:procurement:checks:{department}:{quarter}");

    /// <summary>ceil(10 % × projects), in whole numbers: 25 projects → 3.</summary>
    public static int MinimumOf(int projects) => (projects + 9) / 10;

    public static CheckDraw Create(PerformanceChecksDrawn e) => new()
    {
        Id = e.DrawId, Department = e.Department, Quarter = e.Quarter, Projects = e.Draw.Candidates.Count, Minimum = e.Minimum, Draw = e.Draw, DrawnAt = e.DrawnAt,
    };

    public void Apply(PerformanceCheckResultPublished e) => Results.Add(new CheckResult(e.ProjectId, e.Outcome, e.Findings, e.PublishedAt));
}

/// <param name="Draw">Candidates are the department's projects of the quarter (ids), with the seed, the algorithm and the projects drawn.</param>
public sealed record PerformanceChecksDrawn(Guid DrawId, string Department, string Quarter, int Minimum, RecordedDraw Draw, DateTimeOffset DrawnAt) : IDescribedEvent
{
    public string Describe() => $"{Department}{Quarter}履约检查双随机抽取：从{Draw.Candidates.Count}个项目中抽取{Draw.Selected.Count}个（不少于{Minimum}个，种子{Draw.Seed}）";
}

public sealed record PerformanceCheckResultPublished(Guid DrawId, Guid ProjectId, CheckOutcome Outcome, string Findings, DateTimeOffset PublishedAt) : IDescribedEvent
{
    public string Describe() => $"公开项目{ProjectId}履约检查结果：{(Outcome == CheckOutcome.Satisfactory ? "履约良好" : "存在问题")}。{Findings}";
}
