namespace Nanchuan.Grievances.Domain;

/// <summary>主动联系: the handling unit contacted the enterprise to pin the request down (精准摸清诉求内容).</summary>
/// <param name="Notes">What was clarified with the enterprise.</param>
public sealed record EnterpriseContacted(
    Guid GrievanceId,
    int Round,
    ContactMethod Method,
    DateTimeOffset ContactedAt,
    string Notes,
    DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => $"承办单位已{Method.ToChinese()}联系企业（{ContactedAt.ToBeijing():yyyy-MM-dd HH:mm}）：{Notes}";
}

/// <summary>
/// 办理 + 反馈: the handling unit filed its handling report (办理情况) on the slip, which feeds it back to the BusinessOffice.
/// </summary>
/// <param name="UnitContactPerson">部门办理联系人.</param>
/// <param name="UnitContactPhone">部门办理联系电话.</param>
/// <param name="ActionsTaken">What the unit did (办理情况).</param>
/// <param name="PromisedCompletionDate">承诺办结时限 for a part of the matter, when the unit promised one.</param>
/// <param name="WithinLimit">Filed at or before the round's handling deadline (及时).</param>
/// <param name="HandlingWorkingDays">Working days from assignment to the report, computed by the handler with the calendar so a
/// projection rebuilt after a schedule amendment still gives the same average.</param>
public sealed record HandlingReported(
    Guid GrievanceId,
    int Round,
    string UnitContactPerson,
    string UnitContactPhone,
    ContactMethod EnterpriseContactMethod,
    DateTimeOffset EnterpriseContactedAt,
    string ActionsTaken,
    DateOnly? PromisedCompletionDate,
    DateTimeOffset ReportedAt,
    bool WithinLimit,
    decimal HandlingWorkingDays) : IDescribedEvent
{
    public string Describe() =>
        $"承办单位反馈办理情况（{(WithinLimit ? "按时" : "超期")}，用时{HandlingWorkingDays}个工作日，联系人{UnitContactPerson}）：{ActionsTaken}"
        + (PromisedCompletionDate is { } promised ? $"；承诺{promised:yyyy-MM-dd}前办结" : "");
}
