using System.Text.Json.Serialization;

namespace Nanchuan.Incentives.Domain;

/// <summary>What an enterprise committed to (企业履约事项).</summary>
public enum MilestoneKind
{
    /// <summary>投资额 (CNY).</summary>
    Investment,

    /// <summary>开工.</summary>
    ConstructionStart,

    /// <summary>竣工投产.</summary>
    Completion,

    /// <summary>产值 (CNY).</summary>
    OutputValue,

    /// <summary>税收 (CNY).</summary>
    Tax,

    /// <summary>就业人数.</summary>
    Jobs,
}

public enum MilestoneStatus
{
    /// <summary>待履约: not yet fulfilled, its due date not passed.</summary>
    Pending,

    /// <summary>已履约: fulfilled, with evidence.</summary>
    Fulfilled,

    /// <summary>逾期未履约 (at risk): its due date passed without fulfilment; a late fulfilment still counts.</summary>
    AtRisk,
}

/// <summary>What the government committed to (政府兑现事项).</summary>
public enum IncentiveKind
{
    /// <summary>补助/奖励资金.</summary>
    Subsidy,

    /// <summary>返还 (e.g. of land fees or taxes).</summary>
    Rebate,

    /// <summary>供地.</summary>
    Land,

    /// <summary>基础设施配套.</summary>
    Infrastructure,

    /// <summary>政策支持.</summary>
    PolicySupport,
}

/// <summary>Why the government owes it, which decides who decides it (ADR 0044).</summary>
public enum IncentiveBasis
{
    /// <summary>招商签约协议: decided by the "双兑现" leading group.</summary>
    Agreement,

    /// <summary>其他政策: decided by the park committee with the departments concerned.</summary>
    OtherPolicy,
}

public enum IncentiveStatus
{
    /// <summary>未到兑现条件: its condition is not met yet.</summary>
    Pending,

    /// <summary>应兑未兑, awaiting the joint review.</summary>
    Due,

    /// <summary>应兑未兑, reviewed, awaiting the decision.</summary>
    Reviewed,

    /// <summary>应兑未兑, decided, awaiting funds.</summary>
    Decided,

    /// <summary>应兑未兑, funds scheduled, not (fully) paid.</summary>
    Scheduled,

    /// <summary>已兑现: paid in full.</summary>
    Paid,
}

/// <summary>Who decides a government item's payment (审定).</summary>
public enum DecisionAuthority
{
    /// <summary>"双兑现"工作领导小组.</summary>
    LeadingGroup,

    /// <summary>工业园区管委会 with the departments concerned (items under other policies).</summary>
    ParkCommittee,
}

/// <summary>One line of the enterprise performance ledger (企业履约台账).</summary>
/// <param name="Code">Its code within the agreement, e.g. "E1".</param>
/// <param name="Target">The committed quantity: CNY for investment, output value and tax, people for jobs; null for a date (start, completion).</param>
/// <param name="DueDate">The date by which it is due (Beijing).</param>
/// <param name="DueAt">The instant it falls due: the end of the due date, moved past a public holiday (calendar-day rule).</param>
/// <param name="Evidence">What shows it was fulfilled (履约佐证), once fulfilled.</param>
public sealed record Milestone(
    string Code, MilestoneKind Kind, string Description, decimal? Target, DateOnly DueDate, DateTimeOffset DueAt, MilestoneStatus Status,
    string? Evidence, DateOnly? FulfilledOn, DateTimeOffset? FulfilledAt, bool Warned, bool Reminded);

/// <summary>A step of the review and payment of a government item, with who took it (每一环节记录决定人).</summary>
public sealed record PaymentStep(decimal Amount, string Note, string ById, string ByName, string? ByDepartment, DateTimeOffset At);

/// <summary>One line of the government fulfilment ledger (政府兑现台账).</summary>
/// <param name="Code">Its code within the agreement, e.g. "G1".</param>
/// <param name="Policy">The policy it is owed under, for an item under another policy; null under the agreement.</param>
/// <param name="Condition">Its condition in words (兑现条件).</param>
/// <param name="ConditionMilestone">The enterprise milestone whose fulfilment makes it due; null when due from signing.</param>
/// <param name="Amount">The committed amount in CNY.</param>
/// <param name="DueSince">When its condition was met: the start of 应兑未兑.</param>
/// <param name="PaymentDays">The calendar days to pay it once due (ADR 0046); null before it is due.</param>
/// <param name="PaymentDueAt">The end of those days: unpaid after it, the item is overdue (逾期未兑).</param>
/// <param name="ReviewDepartments">The departments of the joint review (部门联合审查).</param>
public sealed record Incentive(
    string Code, IncentiveKind Kind, IncentiveBasis Basis, string? Policy, string Description, string Condition, string? ConditionMilestone, decimal Amount,
    IncentiveStatus Status, DateTimeOffset? DueSince, int? PaymentDays, DateTimeOffset? PaymentDueAt, bool PaymentWarned, bool PaymentOverdue,
    IReadOnlyList<string> ReviewDepartments, PaymentStep? Review, DecisionAuthority? DecidedBy, PaymentStep? Decision, IReadOnlyList<PaymentStep> Schedules,
    IReadOnlyList<PaymentStep> Payments, DateTimeOffset? PaidAt)
{
    public decimal Scheduled => Schedules.Sum(s => s.Amount);

    public decimal Paid => Payments.Sum(p => p.Amount);

    /// <summary>应兑未兑: its condition is met and it is not paid in full.</summary>
    [JsonIgnore]
    public bool IsOutstanding => Status is IncentiveStatus.Due or IncentiveStatus.Reviewed or IncentiveStatus.Decided or IncentiveStatus.Scheduled;

    /// <summary>The authority the item's basis requires.</summary>
    [JsonIgnore]
    public DecisionAuthority RequiredAuthority => Basis == IncentiveBasis.Agreement ? DecisionAuthority.LeadingGroup : DecisionAuthority.ParkCommittee;

    /// <summary>What is still owed: the decided amount once decided, the committed one before, less what was paid.</summary>
    public decimal Owed => (Decision?.Amount ?? Amount) - Paid;
}

/// <summary>The one-to-one tracking officer of the park committee (一对一跟踪服务), reminded <paramref name="ReminderDays"/> before each milestone.</summary>
public sealed record TrackingOfficer(string Id, string Name, int ReminderDays, string AssignedBy, DateTimeOffset AssignedAt);

/// <summary>Guidance the tracking officer gave the enterprise (指导提醒).</summary>
public sealed record Guidance(string? MilestoneCode, string Text, string OfficerName, DateTimeOffset At);
