using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.FastApproval;

/// <summary>A social investment project in the fast-approval pipeline (社会投资项目快审流水线), snapshotted inline in schema `licensing`.</summary>
public sealed class FastApprovalProject
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public UnifiedSocialCreditCode InvestorCreditCode { get; set; }
    public string InvestorName { get; set; } = "";
    public string ProjectType { get; set; } = "";
    public DateTimeOffset EnteredAt { get; set; }
    public DateTimeOffset? UpFrontServiceAt { get; set; }
    public IReadOnlyList<string> ApprovalPath { get; set; } = [];
    public IReadOnlyList<string> Pitfalls { get; set; } = [];
    public string? OfficerId { get; set; }
    public string? OfficerName { get; set; }
    public List<OfficerAssignment> Officers { get; set; } = [];
    public List<SiteVisit> SiteVisits { get; set; } = [];
    public List<ServiceMeeting> Meetings { get; set; } = [];
    public List<ProjectProblem> Problems { get; set; } = [];
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosingSummary { get; set; }

    public bool Closed => ClosedAt is not null;

    public string StatusLabel => Closed ? "已办结" : "流水线服务中";

    public void Apply(ProjectEnteredPipeline e)
    {
        Id = e.ProjectId;
        Name = e.Name;
        InvestorCreditCode = e.InvestorCreditCode;
        InvestorName = e.InvestorName;
        ProjectType = e.ProjectType;
        EnteredAt = e.EnteredAt;
    }

    public void Apply(UpFrontServiceGiven e)
    {
        UpFrontServiceAt = e.GivenAt;
        ApprovalPath = e.ApprovalPath;
        Pitfalls = e.Pitfalls;
    }

    public void Apply(TrackingOfficerAssigned e)
    {
        OfficerId = e.OfficerId;
        OfficerName = e.OfficerName;
        Officers.Add(new OfficerAssignment(e.OfficerId, e.OfficerName, e.Reason, e.AssignedAt));
    }

    public void Apply(SiteGuidanceGiven e) => SiteVisits.Add(new SiteVisit(e.VisitId, e.Phase, e.Guidance, e.VisitedAt));

    public void Apply(ServiceMeetingHeld e) => Meetings.Add(new ServiceMeeting(e.MeetingId, e.Topic, e.Attendees, e.Outcome, e.HeldAt));

    public void Apply(ProjectProblemRaised e) => Problems.Add(new ProjectProblem(e.ProblemId, e.Description, e.RaisedAt, null, null));

    public void Apply(ProjectProblemSolved e)
    {
        var index = Problems.FindIndex(p => p.Id == e.ProblemId);
        Problems[index] = Problems[index] with { Solution = e.Solution, SolvedAt = e.SolvedAt };
    }

    public void Apply(FastApprovalProjectClosed e)
    {
        ClosedAt = e.ClosedAt;
        ClosingSummary = e.Summary;
    }
}

public sealed record OfficerAssignment(string OfficerId, string OfficerName, string? Reason, DateTimeOffset AssignedAt);

public sealed record SiteVisit(Guid Id, ConstructionPhase Phase, string Guidance, DateTimeOffset VisitedAt);

public sealed record ServiceMeeting(Guid Id, string Topic, IReadOnlyList<string> Attendees, string Outcome, DateTimeOffset HeldAt);

public sealed record ProjectProblem(Guid Id, string Description, DateTimeOffset RaisedAt, string? Solution, DateTimeOffset? SolvedAt)
{
    public bool Solved => SolvedAt is not null;
}
