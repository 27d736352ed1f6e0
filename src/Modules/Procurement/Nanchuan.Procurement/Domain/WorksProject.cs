using System.Text.Json.Serialization;

namespace Nanchuan.Procurement.Domain;

/// <summary>The kind of public money a project uses (使用财政性资金、国有资金、集体资金、村（社区）自有资金).</summary>
public enum FundingSource
{
    Fiscal,
    StateOwned,
    Collective,
    VillageOwnFunds,
}

public enum ProjectStatus
{
    /// <summary>报名中: published, bidders register until the registration deadline.</summary>
    Registering,

    /// <summary>待审批: a direct award / self-contracting justification awaits the supervising department.</summary>
    AwaitingApproval,

    /// <summary>已定标: the contractor is decided.</summary>
    Awarded,

    /// <summary>已签约: the contract is signed.</summary>
    Contracted,

    /// <summary>履约中: the works started.</summary>
    Performing,

    /// <summary>已竣工验收: completion accepted (closed).</summary>
    Completed,

    /// <summary>审批未通过: the justification was not approved (closed).</summary>
    Rejected,

    /// <summary>流标: registration closed without a qualified bidder; the owner may republish.</summary>
    TenderFailed,

    /// <summary>待重新定标: the winner refused to sign; the owner awards again among the other qualified bidders.</summary>
    AwaitingReaward,

    /// <summary>整改中: the completion acceptance failed; accepted again after rectification.</summary>
    Rectifying,
}

/// <summary>An enterprise as the project names it: credit code and name.</summary>
public sealed record Party(string CreditCode, string Name);

/// <summary>A bidder registered for the project (报名), with its quote for a price comparison.</summary>
public sealed record Registration(string CreditCode, string Name, decimal? Quote, DateTimeOffset RegisteredAt);

/// <summary>A deadline of the project's current step, watched by the platform.</summary>
public sealed record ProjectDeadline(string Name, int WorkingDays, DateTimeOffset Start, DateTimeOffset DueAt, bool Warned, bool Overdue);

/// <summary>
/// 限下工程项目: one below-threshold works project in the electronic trading flow (publish → registration → award → contract →
/// performance → completion acceptance). Changed only by its own events.
/// </summary>
public sealed class WorksProject : IErasureCounted, ICaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    long ICaseView.Version => Version;

    public string Title { get; set; } = "";
    public Party Owner { get; set; } = new("", "");
    public string SupervisingDepartment { get; set; } = "";
    public FundingSource FundingSource { get; set; }
    public decimal Value { get; set; }
    public ValueBand ValueBand { get; set; }
    public string Method { get; set; } = "";
    public string MethodName { get; set; } = "";
    public AwardRule AwardRule { get; set; }
    public string? Justification { get; set; }
    public Party? ProposedContractor { get; set; }
    public string Quarter { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? RegistrationClosesAt { get; set; }
    public ProjectStatus Status { get; set; }
    public List<Registration> Registrations { get; set; } = [];
    public ProjectDeadline? Deadline { get; set; }
    public string? ApprovalOpinion { get; set; }
    public Party? Contractor { get; set; }
    public decimal? AwardPrice { get; set; }
    public DateTimeOffset? AwardedAt { get; set; }
    public string? ContractNumber { get; set; }
    public decimal? ContractAmount { get; set; }
    public DateTimeOffset? ContractSignedAt { get; set; }
    public DateTimeOffset? WorksStartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The publication round: 1, and one more for each republication after a failed tender.</summary>
    public int Round { get; set; } = 1;

    /// <summary>Bidders of this round that refused to sign after being awarded: never awarded again in the round.</summary>
    public List<string> RefusedBidders { get; set; } = [];

    public int ContractAmendments { get; set; }

    /// <summary>The registered bidders an award may still choose.</summary>
    [JsonIgnore]
    public IEnumerable<Registration> Candidates => Registrations.Where(r => !RefusedBidders.Contains(r.CreditCode));

    [JsonIgnore]
    public bool IsClosed => Status is ProjectStatus.Completed or ProjectStatus.Rejected;

    public static WorksProject Create(WorksProjectPublished e) => new()
    {
        Id = e.ProjectId, Title = e.Title, Owner = e.Owner, SupervisingDepartment = e.SupervisingDepartment, FundingSource = e.FundingSource, Value = e.Value,
        ValueBand = e.ValueBand, Method = e.Method, MethodName = e.MethodName, AwardRule = e.AwardRule, Justification = e.Justification,
        ProposedContractor = e.ProposedContractor, Quarter = e.Quarter, PublishedAt = e.PublishedAt, RegistrationClosesAt = e.RegistrationClosesAt,
        Status = e.AwardRule == AwardRule.ApprovedJustification ? ProjectStatus.AwaitingApproval : ProjectStatus.Registering,
        Deadline = e.Deadline,
    };

    public void Apply(BidderRegistered e) => Registrations.Add(new Registration(e.CreditCode, e.Name, e.Quote, e.RegisteredAt));

    public void Apply(JustificationApproved e) => ApprovalOpinion = e.Opinion;

    public void Apply(JustificationRejected e)
    {
        ApprovalOpinion = e.Opinion;
        Status = ProjectStatus.Rejected;
        Deadline = null;
        ClosedAt = e.RejectedAt;
    }

    public void Apply(WorksProjectAwarded e)
    {
        Status = ProjectStatus.Awarded;
        Contractor = e.Contractor;
        AwardPrice = e.Price;
        AwardedAt = e.AwardedAt;
        Deadline = null;
    }

    public void Apply(WorksContractSigned e)
    {
        Status = ProjectStatus.Contracted;
        ContractNumber = e.ContractNumber;
        ContractAmount = e.Amount;
        ContractSignedAt = e.SignedAt;
    }

    public void Apply(WorksStarted e)
    {
        Status = ProjectStatus.Performing;
        WorksStartedAt = e.StartedAt;
    }

    public void Apply(CompletionAccepted e)
    {
        Status = ProjectStatus.Completed;
        CompletedAt = e.AcceptedAt;
        ClosedAt = e.AcceptedAt;
    }

    public void Apply(TenderFailed e)
    {
        Status = ProjectStatus.TenderFailed;
        Deadline = null;
    }

    public void Apply(TenderRepublished e)
    {
        Status = ProjectStatus.Registering;
        Round = e.Round;
        Registrations = [];
        RefusedBidders = [];
        RegistrationClosesAt = e.RegistrationClosesAt;
        Deadline = e.Deadline;
    }

    public void Apply(ContractRefused e)
    {
        Status = ProjectStatus.AwaitingReaward;
        RefusedBidders.Add(e.Contractor.CreditCode);
        Contractor = null;
        AwardPrice = null;
        AwardedAt = null;
        Deadline = e.Deadline;
    }

    public void Apply(ContractAmended e)
    {
        ContractAmendments = e.Number;
        ContractAmount = e.Amount;
    }

    public void Apply(CompletionAcceptanceFailed e) => Status = ProjectStatus.Rectifying;

    public void Apply(ProjectDeadlineWarned e) => Deadline = Deadline is null ? null : Deadline with { Warned = true };

    public void Apply(ProjectDeadlineOverdue e) => Deadline = Deadline is null ? null : Deadline with { Overdue = true };

    public void Apply(ProjectDeadlineRecomputed e) => Deadline = Deadline is null ? null : Deadline with { DueAt = e.DueAt, Warned = false, Overdue = false };
}
