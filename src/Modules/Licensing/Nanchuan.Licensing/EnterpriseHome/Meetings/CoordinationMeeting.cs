namespace Nanchuan.Licensing.EnterpriseHome.Meetings;

public enum MeetingStatus { Convened, FollowingUp, Closed }

/// <summary>
/// 协调议事 (coordination meeting) of 企业之家: the departments convened for one enterprise's matter, who attended, and each decision
/// (议定事项) with its owner department and due time, watched on the deadline kit until the owner reports it done. One stream per meeting.
/// </summary>
public sealed class CoordinationMeeting
{
    public Guid Id { get; set; }
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Matter { get; set; } = "";
    public List<ConvenedDepartment> Departments { get; set; } = [];
    public DateTimeOffset ScheduledAt { get; set; }
    public string ConvenerName { get; set; } = "";
    public DateTimeOffset ConvenedAt { get; set; }
    public MeetingStatus Status { get; set; }
    public DateTimeOffset? HeldAt { get; set; }
    public List<MeetingAttendee> Attendees { get; set; } = [];
    public List<ConvenedDepartment> Absent { get; set; } = [];
    public string? Summary { get; set; }
    public DateTimeOffset? MinutesRecordedAt { get; set; }
    public List<MeetingDecision> Decisions { get; set; } = [];
    public DateTimeOffset? ClosedAt { get; set; }

    public static string StatusLabel(MeetingStatus status) => status switch
    {
        MeetingStatus.Convened => "已召集待召开",
        MeetingStatus.FollowingUp => "议定事项落实中",
        _ => "议定事项已全部办结",
    };

    public MeetingDecision? Decision(int number) => Decisions.FirstOrDefault(d => d.Number == number);

    public void Apply(CoordinationMeetingConvened e)
    {
        Id = e.MeetingId;
        CreditCode = e.CreditCode.Value;
        EnterpriseName = e.EnterpriseName;
        Matter = e.Matter;
        Departments = [.. e.Departments];
        ScheduledAt = e.ScheduledAt;
        ConvenerName = e.ConvenerName;
        ConvenedAt = e.ConvenedAt;
        Status = MeetingStatus.Convened;
    }

    public void Apply(CoordinationMinutesRecorded e)
    {
        HeldAt = e.HeldAt;
        Attendees = [.. e.Attendees];
        Absent = [.. e.Absent];
        Summary = e.Summary;
        MinutesRecordedAt = e.RecordedAt;
        Decisions = [.. e.Decisions.Select(d => new MeetingDecision
        {
            Number = d.Number, Content = d.Content, OwnerDepartmentId = d.OwnerDepartmentId, OwnerDepartment = d.OwnerDepartment, OwnerPerson = d.OwnerPerson,
            DueDate = d.DueDate, WorkingDays = d.WorkingDays, StartedAt = e.RecordedAt, DueAt = d.DueAt,
        })];
        Status = Decisions.Count == 0 ? MeetingStatus.Closed : MeetingStatus.FollowingUp;
        if (Decisions.Count == 0) ClosedAt = e.RecordedAt;
    }

    public void Apply(CoordinationDecisionCompleted e)
    {
        var decision = Decision(e.Number)!;
        decision.CompletedAt = e.At;
        decision.Account = e.Account;
        decision.CompletedBy = e.ByName;
        if (Decisions.All(d => d.CompletedAt is not null))
        {
            Status = MeetingStatus.Closed;
            ClosedAt = e.At;
        }
    }

    public void Apply(CoordinationDecisionWarned e) => Decision(e.Number)!.Warned = true;

    public void Apply(CoordinationDecisionOverdue e) => Decision(e.Number)!.Overdue = true;

    public void Apply(CoordinationDecisionRecomputed e)
    {
        var decision = Decision(e.Number)!;
        decision.DueAt = e.DueAt;
        decision.Warned = false;
        decision.Overdue = false;
    }
}

/// <summary>One decision of the meeting (议定事项) as it stands: owner, due time, warning and overdue, and its completion.</summary>
public sealed class MeetingDecision
{
    public int Number { get; set; }
    public string Content { get; set; } = "";
    public string OwnerDepartmentId { get; set; } = "";
    public string OwnerDepartment { get; set; } = "";
    public string? OwnerPerson { get; set; }
    public DateOnly DueDate { get; set; }
    public int WorkingDays { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public bool Warned { get; set; }
    public bool Overdue { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Account { get; set; }
    public string? CompletedBy { get; set; }

    /// <summary>Done at or before its due time; null while open.</summary>
    public bool? OnTime => CompletedAt is { } at ? at <= DueAt : null;
}
