namespace Nanchuan.Procurement.Domain;

/// <summary>
/// The project was published on the electronic trading platform (发布). A draw, comparison or selection opens registration
/// until <paramref name="RegistrationClosesAt"/>; a direct award or self-contracting awaits the supervising department's approval.
/// </summary>
/// <param name="Quarter">The Beijing-time quarter of publication (e.g. 2025Q2): the period its department's checks are drawn in.</param>
/// <param name="Justification">The written justification of a direct award, self-contracting or other method; null otherwise.</param>
/// <param name="ProposedContractor">The contractor a direct award, self-contracting or other method names; null otherwise.</param>
/// <param name="RegistrationClosesAt">End of registration; null for a method without registration.</param>
/// <param name="Deadline">The watched deadline of the first step: the award after registration, or the approval.</param>
public sealed record WorksProjectPublished(
    Guid ProjectId,
    string Title,
    Party Owner,
    string SupervisingDepartment,
    FundingSource FundingSource,
    decimal Value,
    ValueBand ValueBand,
    string Method,
    string MethodName,
    AwardRule AwardRule,
    string? Justification,
    Party? ProposedContractor,
    string Quarter,
    DateTimeOffset? RegistrationClosesAt,
    ProjectDeadline Deadline,
    DateTimeOffset PublishedAt) : IDescribedEvent
{
    public string Describe() => $"{Owner.Name}发布限下工程项目“{Title}”（{Value:0.00}元，{MethodName}，{SupervisingDepartment}监管）";
}

/// <summary>A bidder registered in time (报名).</summary>
/// <param name="Quote">Its quote in CNY for a price comparison; null for other methods.</param>
public sealed record BidderRegistered(Guid ProjectId, string CreditCode, string Name, decimal? Quote, DateTimeOffset RegisteredAt) : IDescribedEvent
{
    public string Describe() => $"{Name}报名" + (Quote is { } q ? $"，报价{q:0.00}元" : "");
}

/// <summary>The supervising department approved the written justification of a direct award or self-contracting.</summary>
public sealed record JustificationApproved(Guid ProjectId, string Department, string Opinion, DateTimeOffset ApprovedAt) : IDescribedEvent
{
    public string Describe() => $"{Department}审批同意发包理由：{Opinion}";
}

/// <summary>The supervising department did not approve the justification: the project ends here.</summary>
public sealed record JustificationRejected(Guid ProjectId, string Department, string Opinion, DateTimeOffset RejectedAt) : IDescribedEvent
{
    public string Describe() => $"{Department}审批不同意发包理由：{Opinion}";
}

/// <summary>An auditable draw as recorded (platform rule 8): anyone can replay it from the candidates, the seed and the algorithm.</summary>
public sealed record RecordedDraw(IReadOnlyList<string> Candidates, string Seed, string Algorithm, int Count, IReadOnlyList<string> Selected);

/// <summary>A panel member of a competitive selection and the bidders it declared links to (关联关系: it may not score them).</summary>
public sealed record PanelMember(string Id, string Name, IReadOnlyList<string> LinkedCreditCodes);

/// <summary>One member's score of one bidder.</summary>
public sealed record PanelScore(string MemberId, string CreditCode, decimal Score);

/// <summary>
/// The contractor was decided by the project's method (定标): drawn, lowest valid quote, highest panel total or the approved
/// direct award. <paramref name="Draw"/> is the draw that decided it (a random draw, or a tie-break); null when none was needed.
/// </summary>
/// <param name="Price">The winning quote for a price comparison; the project value otherwise (the contract states the amount).</param>
/// <param name="Panel">The panel and its scores for a competitive selection; empty otherwise.</param>
public sealed record WorksProjectAwarded(
    Guid ProjectId,
    string Method,
    Party Contractor,
    decimal Price,
    RecordedDraw? Draw,
    IReadOnlyList<PanelMember> Panel,
    IReadOnlyList<PanelScore> Scores,
    DateTimeOffset AwardedAt) : IDescribedEvent
{
    public string Describe() => $"定标：{Contractor.Name}（{Price:0.00}元）" + (Draw is null ? "" : $"，随机抽取种子{Draw.Seed}");
}

public sealed record WorksContractSigned(Guid ProjectId, string ContractNumber, decimal Amount, DateTimeOffset SignedAt) : IDescribedEvent
{
    public string Describe() => $"签订施工合同{ContractNumber}，合同金额{Amount:0.00}元";
}

/// <summary>The works started (开工): performance is under way.</summary>
public sealed record WorksStarted(Guid ProjectId, DateTimeOffset StartedAt) : IDescribedEvent
{
    public string Describe() => "项目开工，进入履约阶段";
}

/// <summary>The owner accepted the completed works (竣工验收合格): the project is closed.</summary>
public sealed record CompletionAccepted(Guid ProjectId, string Note, DateTimeOffset AcceptedAt) : IDescribedEvent
{
    public string Describe() => $"竣工验收合格：{Note}";
}

public sealed record ProjectDeadlineWarned(Guid ProjectId, string Deadline, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"{DeadlineNames.ToChinese(Deadline)}期限将于{DueAt:yyyy-MM-dd HH:mm}届满";
}

public sealed record ProjectDeadlineOverdue(Guid ProjectId, string Deadline, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : IDescribedEvent
{
    public string Describe() => $"{DeadlineNames.ToChinese(Deadline)}逾期（期限{DueAt:yyyy-MM-dd HH:mm}）";
}

public sealed record ProjectDeadlineRecomputed(Guid ProjectId, string Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason, DateTimeOffset RecomputedAt)
    : IDescribedEvent
{
    public string Describe() => $"{DeadlineNames.ToChinese(Deadline)}期限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}

/// <summary>The deadlines of a project's steps.</summary>
internal static class DeadlineNames
{
    /// <summary>定标: the owner awards within the limit after registration closes.</summary>
    public const string Award = "Award";

    /// <summary>审批: the supervising department decides on a justification.</summary>
    public const string Approval = "Approval";

    public static string ToChinese(string deadline) => deadline == Award ? "定标" : "发包理由审批";
}

/// <summary>
/// 流标: registration closed without a qualified bidder (nobody registered, no valid quote, or nobody left after the winner
/// refused to sign). The award deadline ends; the project waits to be republished.
/// </summary>
/// <param name="Registered">Bidders registered in this round.</param>
public sealed record TenderFailed(Guid ProjectId, int Round, string Reason, int Registered, DateTimeOffset FailedAt) : IDescribedEvent
{
    public string Describe() => $"流标（第{Round}次发布）：{Reason}";
}

/// <summary>The failed project was published again (重新发布): a new registration round and award deadline; bidders register anew.</summary>
public sealed record TenderRepublished(Guid ProjectId, int Round, DateTimeOffset RegistrationClosesAt, ProjectDeadline Deadline, DateTimeOffset RepublishedAt)
    : IDescribedEvent
{
    public string Describe() => $"流标后第{Round}次发布，报名至{RegistrationClosesAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}";
}

/// <summary>
/// The awarded contractor refused to sign (中标人拒签): the award is cancelled and the owner awards again among the other
/// qualified bidders within <paramref name="Deadline"/>; the refusal is scored on the bidder's credit record in the same step.
/// </summary>
public sealed record ContractRefused(Guid ProjectId, Party Contractor, string Reason, ProjectDeadline Deadline, DateTimeOffset RefusedAt) : IDescribedEvent
{
    public string Describe() => $"中标人{Contractor.Name}拒绝签订合同：{Reason}";
}

/// <summary>A change to the signed contract (合同变更), numbered from 1, with the amount before and after.</summary>
public sealed record ContractAmended(Guid ProjectId, int Number, decimal PreviousAmount, decimal Amount, string Rationale, string Description, DateTimeOffset AmendedAt)
    : IDescribedEvent
{
    public string Describe() => $"合同第{Number}次变更：{Description}（{PreviousAmount:0.00}元→{Amount:0.00}元；理由：{Rationale}）";
}

/// <summary>The completion acceptance failed (竣工验收不合格): the contractor rectifies, then the owner accepts again.</summary>
public sealed record CompletionAcceptanceFailed(Guid ProjectId, string Findings, DateTimeOffset FailedAt) : IDescribedEvent
{
    public string Describe() => $"竣工验收不合格，责令整改：{Findings}";
}
