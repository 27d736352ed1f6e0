using Nanchuan.BuildingBlocks.PersonalData;

namespace Nanchuan.Judiciary.Domain;

/// <summary>The court filed a dispute involving an enterprise and recorded how many trips the enterprise made to file it.</summary>
/// <param name="Month">The Beijing-time month of filing (yyyy-MM).</param>
/// <param name="Parties">The other parties; natural persons' names and phones are personal data.</param>
/// <param name="Visits">The enterprise's trips to the court to file (0 when filed entirely online); the target is at most one (最多跑一次).</param>
public sealed record DisputeCaseFiled(
    Guid CaseId, string CreditCode, string EnterpriseName, string Subject, IReadOnlyList<Party> Parties, int Visits, DisputeStage Stage, DateTimeOffset FiledAt, string Month)
    : IDescribedEvent, IHoldsPersonalData
{
    public object WithPersonalDataMasked() => this with { Parties = Party.MaskAll(Parties) };

    public string Describe() => $"区法院登记涉企纠纷：{EnterpriseName}，{Subject}（{Stage.ToChinese()}，到院{Visits}次）";
}

/// <summary>The court cleared the case and handed it to the district conflict-mediation centre (区法院清理移交).</summary>
public sealed record DisputeReferredToCentre(Guid CaseId, string Note, DateTimeOffset ReferredAt) : IDescribedEvent
{
    public string Describe() => $"区法院清理移交区矛调中心：{Note}";
}

/// <summary>The centre assigned the case to a responsible unit, to mediate within the limit (统一交办、限时调处).</summary>
/// <param name="Unit">The unit's name when it was assigned.</param>
/// <param name="UnitId">The unit's directory id (ADR 0060); null in events stored before units were chosen by id.</param>
public sealed record MediationAssigned(Guid CaseId, string Unit, int WorkingDays, DateTimeOffset AssignedAt, DateTimeOffset DueAt, string? UnitId = null) : IDescribedEvent
{
    public string Describe() => $"区矛调中心交办{Unit}限时调处，{WorkingDays}个工作日内（{DueAt:yyyy-MM-dd HH:mm}前）报告结果";
}

/// <summary>The parties asked for time: the mediation clock stands still.</summary>
public sealed record MediationPaused(Guid CaseId, string Unit, string Reason, DateTimeOffset PausedAt) : IDescribedEvent
{
    public string Describe() => $"{Unit}应当事人申请暂停调处计时：{Reason}";
}

/// <summary>The mediation clock runs again; the due time moved by the business time it stood still.</summary>
public sealed record MediationResumed(Guid CaseId, string Unit, DateTimeOffset ResumedAt, TimeSpan Paused, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"{Unit}恢复调处计时（暂停{Paused.TotalHours:0.##}个工作小时），期限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}";
}

/// <summary>A unit gave a wrongly assigned case back to the centre, with its reason; the centre assigns it again.</summary>
public sealed record MediationHandedBack(Guid CaseId, string Unit, string Reason, DateTimeOffset HandedBackAt) : IDescribedEvent
{
    public string Describe() => $"{Unit}退回区矛调中心：{Reason}";
}

/// <summary>The unit reported the mediation's result: resolved (counts toward 平安建设) or not.</summary>
/// <param name="OnTime">Reported within the limit (the due instant itself is on time).</param>
public sealed record MediationResultReported(Guid CaseId, string Unit, bool Resolved, string Summary, bool OnTime, DateTimeOffset ReportedAt) : IDescribedEvent
{
    public string Describe() => $"{Unit}报告调处结果：{(Resolved ? "调处成功" : "调处不成")}（{(OnTime ? "按期" : "逾期")}）：{Summary}";
}

public sealed record MediationDeadlineWarned(Guid CaseId, string Unit, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"{Unit}调处期限将于{DueAt:yyyy-MM-dd HH:mm}届满";
}

public sealed record MediationOverdue(Guid CaseId, string Unit, DateTimeOffset DueAt, DateTimeOffset DetectedAt) : IDescribedEvent
{
    public string Describe() => $"{Unit}未在期限内报告调处结果（期限{DueAt:yyyy-MM-dd HH:mm}）";
}

public sealed record MediationDeadlineRecomputed(Guid CaseId, string Unit, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason, DateTimeOffset RecomputedAt)
    : IDescribedEvent
{
    public string Describe() => $"{Unit}调处期限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}

/// <summary>法治体检: the court convened the departments concerned on one matter (一事一议) and agreed a mediation plan.</summary>
/// <param name="Participants">Who took part (name and unit), as the minutes list them.</param>
public sealed record HealthCheckConsultationHeld(
    Guid CaseId, Guid ConsultationId, string Matter, IReadOnlyList<string> Departments, IReadOnlyList<string> Participants, string Plan, DateTimeOffset HeldAt)
    : IDescribedEvent
{
    public string Describe() => $"法治体检联席会商（{string.Join("、", Departments)}）：{Matter}；调解方案：{Plan}";
}

/// <summary>A preservation application was recorded with its security: a cash deposit, or a guarantee policy (保全+保险).</summary>
/// <param name="Amount">The amount to preserve, CNY.</param>
/// <param name="Insurer">The insurer of a guarantee policy; null for a cash deposit.</param>
/// <param name="PolicyNumber">The guarantee policy's number; null for a cash deposit.</param>
public sealed record PreservationApplied(
    Guid CaseId, Guid PreservationId, decimal Amount, PreservationSecurity Security, string? Insurer, string? PolicyNumber, DateTimeOffset AppliedAt, string Month)
    : IDescribedEvent
{
    public string Describe() => Security == PreservationSecurity.GuaranteePolicy
        ? $"申请诉讼保全{Amount:0.##}元，以{Insurer}保函（保单号{PolicyNumber}）担保（保全+保险）"
        : $"申请诉讼保全{Amount:0.##}元，以现金担保";
}

/// <summary>
/// 诉前调解不成转立案: the pre-litigation mediation failed and the court filed the lawsuit; the same case goes on in litigation
/// and may be referred to the centre again.
/// </summary>
/// <param name="Note">The filing: the case number or a note on it.</param>
/// <param name="Month">The Beijing-time month of the filing (yyyy-MM).</param>
public sealed record DisputeFiledForLitigation(Guid CaseId, string Note, DateTimeOffset FiledAt, string Month) : IDescribedEvent
{
    public string Describe() => $"诉前调解不成，转立案：{Note}";
}

/// <summary>Judgment given: the case is in the enforcement stage (执行前调解、执行和解 may follow).</summary>
public sealed record DisputeEnteredEnforcement(Guid CaseId, string Note, DateTimeOffset EnteredAt) : IDescribedEvent
{
    public string Describe() => $"案件进入执行阶段：{Note}";
}

/// <summary>
/// The court granted the enterprise a buffer (一定缓冲期) on asset disposal and credit punishment within the mediation or
/// settlement period: <paramref name="Days"/> calendar days, ending (exclusively) at <paramref name="EndsAt"/>.
/// </summary>
public sealed record SettlementBufferGranted(Guid CaseId, Guid BufferId, int Days, DateOnly PeriodEndsOn, DateTimeOffset GrantedAt, DateTimeOffset EndsAt, string Month)
    : IDescribedEvent
{
    public string Describe() => $"执行和解期内给予企业缓冲期{Days}日，至{EndsAt.AddTicks(-1).ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd}止（和解期至{PeriodEndsOn:yyyy-MM-dd}）";
}

/// <summary>The settlement failed: the buffer ends early, now.</summary>
public sealed record SettlementFailed(Guid CaseId, Guid BufferId, string Reason, DateTimeOffset FailedAt) : IDescribedEvent
{
    public string Describe() => $"执行和解失败，缓冲期提前结束：{Reason}";
}

/// <summary>The buffer ran its course: the settlement did not fail before its end, and measures may be recorded again.</summary>
/// <param name="EndsAt">Its exclusive end (24:00 of its last day).</param>
public sealed record SettlementBufferRanItsCourse(Guid CaseId, Guid BufferId, DateTimeOffset EndsAt, DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => $"缓冲期届满（{EndsAt.AddTicks(-1).ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd}止）";
}

/// <summary>The court recorded asset disposal or credit punishment against the enterprise (outside any buffer).</summary>
public sealed record EnforcementMeasureRecorded(Guid CaseId, EnforcementMeasure Measure, string Detail, DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => $"记录执行措施（{Measure.ToChinese()}）：{Detail}";
}
