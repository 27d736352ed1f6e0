namespace Nanchuan.LandUse.Domain.Projects;

/// <summary>One stage of a project as it stands.</summary>
public sealed record ProjectStage(
    int Number, string Name, DateTimeOffset AcceptedAt, IReadOnlyList<MaterialRequirement> Requirements, IReadOnlyList<FiledMaterial> Filed,
    IReadOnlyList<AdapterCall> AdapterCalls, bool WindowTrip, DateTimeOffset? CompletedAt = null, IReadOnlyList<StageOutput>? Outputs = null, decimal? WorkingDays = null)
{
    public bool Completed => CompletedAt is not null;
    public int ApplicantMaterials => Filed.Count(f => f.Disposition == MaterialDisposition.ApplicantBrings);
}

/// <summary>A land-use project (用地项目) under its one code: the state rebuilt from its events (also kept as a document for look-up by code).</summary>
public sealed class LandUseProject
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public SupplyType SupplyType { get; set; }
    public string ProjectName { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public ProjectTraits Traits { get; set; } = new(false, false, false);
    public DateTimeOffset StartedAt { get; set; }
    public DateOnly? TopographicMapSurveyedOn { get; set; }
    public List<ProjectStage> Stages { get; set; } = [];
    public List<ExternalFetchFailed> FetchFailures { get; set; } = [];
    public List<WindowVisitRecorded> Visits { get; set; } = [];

    public void Apply(LandUseProjectStarted e)
    {
        Id = e.ProjectId;
        Code = e.Code;
        SupplyType = e.SupplyType;
        ProjectName = e.ProjectName;
        CreditCode = e.CreditCode;
        EnterpriseName = e.EnterpriseName;
        Traits = e.Traits;
        StartedAt = e.StartedAt;
    }

    public void Apply(StageAccepted e)
    {
        Stages.Add(new ProjectStage(e.Stage, e.StageName, e.AcceptedAt, e.Requirements, e.Filed, e.AdapterCalls, e.WindowTrip));
        if (e.TopographicMapSurveyedOn is { } surveyed) TopographicMapSurveyedOn = surveyed;
    }

    public void Apply(ExternalFetchFailed e) => FetchFailures.Add(e);

    public void Apply(WindowVisitRecorded e) => Visits.Add(e);

    public void Apply(StageCompleted e)
    {
        var index = Stages.FindIndex(s => s.Number == e.Stage);
        Stages[index] = Stages[index] with { CompletedAt = e.CompletedAt, Outputs = e.Outputs, WorkingDays = e.WorkingDays };
    }

    public ProjectStage? Stage(int number) => Stages.SingleOrDefault(s => s.Number == number);

    /// <summary>The stage currently open (accepted, not completed), if any.</summary>
    public ProjectStage? OpenStage => Stages.SingleOrDefault(s => !s.Completed);

    /// <summary>Readable state for 409 answers: "第3环节办理中" or "第2环节已办结".</summary>
    public string StateLabel => OpenStage is { } open ? $"第{open.Number}环节办理中" : Stages.Count == 0 ? "已赋码，未受理任何环节" : $"第{Stages.Max(s => s.Number)}环节已办结";

    public string ReferenceOf(int stage) => Stage(stage) is { Outputs: { Count: > 0 } outputs }
        ? string.Join("；", outputs.Select(o => $"{o.Name} {o.Number}"))
        : $"{Code}/第{stage}环节";
}
