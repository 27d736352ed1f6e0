namespace Nanchuan.Incentives.Domain;

/// <summary>Every event of an agreement says when it happened on the platform's clock: the ledgers "as of" a date fold the events up to it (ADR 0045).</summary>
public interface IAgreementEvent : IDescribedEvent
{
    Guid AgreementId { get; }

    DateTimeOffset At { get; }
}

/// <summary>An enterprise commitment as agreed (or amended).</summary>
/// <param name="DueAt">The end of <paramref name="DueDate"/> by the calendar-day rule (computed when recorded).</param>
public sealed record MilestoneTerms(string Code, MilestoneKind Kind, string Description, decimal? Target, DateOnly DueDate, DateTimeOffset DueAt);

/// <summary>A government commitment as agreed (or amended).</summary>
public sealed record IncentiveTerms(
    string Code, IncentiveKind Kind, IncentiveBasis Basis, string? Policy, string Description, string Condition, string? ConditionMilestone, decimal Amount);

/// <summary>An investment agreement (招商签约协议) was recorded with both ledgers.</summary>
/// <param name="Number">The agreement's own number (协议编号).</param>
/// <param name="SignedOn">The date it was signed.</param>
public sealed record AgreementSigned(
    Guid AgreementId, string Number, string CreditCode, string EnterpriseName, string Project, DateOnly SignedOn, IReadOnlyList<MilestoneTerms> Milestones,
    IReadOnlyList<IncentiveTerms> Incentives, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"登记招商签约协议{Number}（{EnterpriseName}，{Project}）：企业履约事项{Milestones.Count}项，政府兑现事项{Incentives.Count}项";
}

/// <summary>The agreement was amended (补充协议): terms changed or added, items withdrawn.</summary>
public sealed record AgreementAmended(
    Guid AgreementId, string Reason, IReadOnlyList<MilestoneTerms> Milestones, IReadOnlyList<IncentiveTerms> Incentives, IReadOnlyList<string> Withdrawn,
    DateTimeOffset At) : IAgreementEvent
{
    public string Describe() =>
        $"协议变更：{Reason}（变更或新增履约事项{Milestones.Count}项、兑现事项{Incentives.Count}项，撤销{Withdrawn.Count}项）";
}

/// <summary>The enterprise fulfilled a commitment; the park committee recorded it with its evidence.</summary>
public sealed record MilestoneFulfilled(Guid AgreementId, string Code, DateOnly FulfilledOn, string Evidence, string RecordedBy, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"企业履约事项{Code}已履约（{FulfilledOn:yyyy-MM-dd}）：{Evidence}";
}

/// <summary>A government item's condition was met: it is due and not yet honoured (应兑未兑) from now.</summary>
/// <param name="PaymentDays">The calendar days the government has to pay it (configuration when it fell due, ADR 0046).</param>
/// <param name="PaymentDueAt">The end of those days by the calendar-day rule.</param>
public sealed record IncentiveFellDue(
    Guid AgreementId, string Code, string? ConditionMilestone, decimal Amount, int PaymentDays, DateTimeOffset PaymentDueAt, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => ConditionMilestone is null
        ? $"政府兑现事项{Code}自签约即应兑现（{Amount:0.##}元）"
        : $"履约事项{ConditionMilestone}已履约，政府兑现事项{Code}应兑现（{Amount:0.##}元）";
}

/// <summary>The departments concerned reviewed the item jointly (部门联合审查) and confirmed an amount.</summary>
public sealed record IncentiveReviewed(
    Guid AgreementId, string Code, IReadOnlyList<string> Departments, decimal ConfirmedAmount, string Opinion, string ById, string ByName, DateTimeOffset At)
    : IAgreementEvent
{
    public string Describe() => $"政府兑现事项{Code}经{string.Join("、", Departments)}联合审查，确认{ConfirmedAmount:0.##}元：{Opinion}";
}

/// <summary>The item's payment was decided (审定): by the leading group, or by the park committee for an item under another policy.</summary>
/// <param name="Meeting">The meeting or document of the decision (e.g. "领导小组2025年第3次会议纪要").</param>
public sealed record IncentiveDecided(
    Guid AgreementId, string Code, DecisionAuthority Authority, decimal Amount, string Meeting, string ById, string ByName, string? ByDepartment, DateTimeOffset At)
    : IAgreementEvent
{
    public string Describe() =>
        $"政府兑现事项{Code}经{(Authority == DecisionAuthority.LeadingGroup ? "“双兑现”工作领导小组" : "工业园区管委会会同有关部门")}审定兑现{Amount:0.##}元（{Meeting}）";
}

/// <summary>Funds were scheduled for the item (统筹调度资金), to be paid by a date.</summary>
public sealed record IncentiveFundsScheduled(Guid AgreementId, string Code, decimal Amount, DateOnly PayBy, string ById, string ByName, string? ByDepartment, DateTimeOffset At)
    : IAgreementEvent
{
    public string Describe() => $"政府兑现事项{Code}已调度资金{Amount:0.##}元，计划{PayBy:yyyy-MM-dd}前兑付";
}

/// <summary>A payment of the item was made (兑付); never more in all than decided.</summary>
public sealed record IncentivePaid(
    Guid AgreementId, string Code, decimal Amount, DateOnly PaidOn, string Voucher, bool InFull, string ById, string ByName, string? ByDepartment, DateTimeOffset At)
    : IAgreementEvent
{
    public string Describe() => $"政府兑现事项{Code}兑付{Amount:0.##}元（{PaidOn:yyyy-MM-dd}，凭证{Voucher}）{(InFull ? "，已全部兑现" : "")}";
}

/// <summary>The park committee assigned the enterprise a one-to-one tracking officer (一对一全程跟踪).</summary>
/// <param name="ReminderDays">Calendar days before each milestone the officer is reminded (configuration at assignment, ADR 0046).</param>
public sealed record AgreementTrackingOfficerAssigned(Guid AgreementId, string OfficerId, string OfficerName, int ReminderDays, string AssignedBy, DateTimeOffset At)
    : IAgreementEvent
{
    public string Describe() => $"工业园区管委会指定跟踪服务专员{OfficerName}";
}

/// <summary>The tracking officer was reminded of a milestone coming up (履约提醒).</summary>
public sealed record TrackingOfficerReminded(Guid AgreementId, string Code, string OfficerId, DateOnly DueDate, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"提醒跟踪服务专员：履约事项{Code}将于{DueDate:yyyy-MM-dd}到期";
}

/// <summary>The tracking officer recorded guidance given to the enterprise (指导提醒企业及时履约).</summary>
public sealed record TrackingGuidanceRecorded(Guid AgreementId, string? MilestoneCode, string Guidance, string OfficerName, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"跟踪服务专员{OfficerName}记录指导{(MilestoneCode is null ? "" : $"（履约事项{MilestoneCode}）")}：{Guidance}";
}

/// <summary>A milestone's deadline warning fired with the milestone still open.</summary>
public sealed record MilestoneDeadlineWarned(Guid AgreementId, string Code, DateTimeOffset DueAt, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"履约事项{Code}将于{DueAt:yyyy-MM-dd HH:mm}到期";
}

/// <summary>A milestone passed its due date unfulfilled: it is at risk (履约风险).</summary>
public sealed record MilestoneMissed(Guid AgreementId, string Code, DateTimeOffset DueAt, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"履约事项{Code}逾期未履约（到期{DueAt:yyyy-MM-dd HH:mm}），列为履约风险";
}

/// <summary>A milestone's due instant moved with the holiday schedule.</summary>
public sealed record MilestoneDeadlineRecomputed(Guid AgreementId, string Code, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason, DateTimeOffset At)
    : IAgreementEvent
{
    public string Describe() => $"履约事项{Code}到期时间由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}

/// <summary>A government item's payment deadline warning fired with the item still unpaid.</summary>
public sealed record IncentivePaymentWarned(Guid AgreementId, string Code, DateTimeOffset DueAt, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"政府兑现事项{Code}应于{DueAt:yyyy-MM-dd HH:mm}前兑现";
}

/// <summary>A government item stayed unpaid past its payment deadline (逾期未兑).</summary>
public sealed record IncentivePaymentOverdue(Guid AgreementId, string Code, DateTimeOffset DueAt, DateTimeOffset At) : IAgreementEvent
{
    public string Describe() => $"政府兑现事项{Code}逾期未兑现（期限{DueAt:yyyy-MM-dd HH:mm}）";
}

/// <summary>A government item's payment deadline moved with the holiday schedule.</summary>
public sealed record IncentivePaymentDeadlineRecomputed(Guid AgreementId, string Code, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason, DateTimeOffset At)
    : IAgreementEvent
{
    public string Describe() => $"政府兑现事项{Code}兑现期限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}
