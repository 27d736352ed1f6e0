using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.EnterpriseHome.Meetings;

/// <summary>A department of the directory convened to a coordination meeting (协调议事), by its id and name at the time.</summary>
public sealed record ConvenedDepartment(string DepartmentId, string Name);

/// <summary>Someone who attended the meeting, for a convened department (its directory id) or for the enterprise (its credit code).</summary>
public sealed record MeetingAttendee(string Name, string Represents, string RepresentsName);

/// <summary>
/// A decision of the meeting (议定事项): what is to be done, the convened department that owns it (承办单位), optionally the person, and the
/// working day it is due by (<paramref name="DueDate"/>, 18:00), kept as its working-day limit from the minutes (<paramref name="WorkingDays"/>).
/// </summary>
public sealed record MeetingDecisionTerms(
    int Number, string Content, string OwnerDepartmentId, string OwnerDepartment, string? OwnerPerson, DateOnly DueDate, int WorkingDays, DateTimeOffset DueAt);

/// <summary>企业之家 convened a coordination meeting (协调议事) on one enterprise's matter, with the departments concerned.</summary>
public sealed record CoordinationMeetingConvened(
    Guid MeetingId, UnifiedSocialCreditCode CreditCode, string EnterpriseName, string Matter, IReadOnlyList<ConvenedDepartment> Departments,
    DateTimeOffset ScheduledAt, string ConvenerId, string ConvenerName, DateTimeOffset ConvenedAt) : IDescribedEvent
{
    public string Describe() =>
        $"{ConvenerName}召集协调议事：{EnterpriseName}，{Matter}（{string.Join("、", Departments.Select(d => d.Name))}，{ScheduledAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}）";
}

/// <summary>The meeting was held: who attended, which convened departments were absent, what was agreed; each decision's deadline starts now.</summary>
public sealed record CoordinationMinutesRecorded(
    Guid MeetingId, DateTimeOffset HeldAt, IReadOnlyList<MeetingAttendee> Attendees, IReadOnlyList<ConvenedDepartment> Absent, string? Summary,
    IReadOnlyList<MeetingDecisionTerms> Decisions, string RecordedById, string RecordedByName, DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() =>
        $"{RecordedByName}记录协调议事纪要：到会{Attendees.Count}人{(Absent.Count > 0 ? $"，{string.Join("、", Absent.Select(a => a.Name))}缺席" : "")}，议定事项{Decisions.Count}项";
}

/// <summary>The owner department reported a decision done (办结), with what it did.</summary>
public sealed record CoordinationDecisionCompleted(Guid MeetingId, int Number, string Account, string ByStaffId, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{ByName}办结议定事项{Number}：{Account}";
}

/// <summary>A decision is one working day from its due time and not done (scheduled warning).</summary>
public sealed record CoordinationDecisionWarned(Guid MeetingId, int Number, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"议定事项{Number}临近办结时限（{DueAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}）";
}

/// <summary>A decision's due time passed and it is not done.</summary>
public sealed record CoordinationDecisionOverdue(Guid MeetingId, int Number, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"议定事项{Number}超过办结时限（{DueAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}）";
}

/// <summary>The holiday schedule changed and a decision's due time moved.</summary>
public sealed record CoordinationDecisionRecomputed(Guid MeetingId, int Number, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason) : IDescribedEvent
{
    public string Describe() =>
        $"议定事项{Number}办结时限由{PreviousDueAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}调整为{DueAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}：{Reason}";
}
