using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Departments;

namespace Nanchuan.Licensing.EnterpriseHome.Meetings;

/// <summary>Pure decisions of 协调议事 (ADR 0110): convening, the minutes with each decision's due time, completing a decision, who may see a meeting.</summary>
internal static class MeetingDecisions
{
    /// <summary>A meeting's decisions are due within a year of the minutes (a limit, so a mistyped year is a 400, not a deadline in 2062).</summary>
    public const int LongestDueDays = 366;

    public static CoordinationMeetingConvened Convene(
        Guid id, ConveneMeetingRequest command, IReadOnlyList<DepartmentRecord?> departments, FieldErrors errors, Actor actor, DateTimeOffset now)
    {
        var creditCode = errors.CreditCode("creditCode", command.CreditCode);
        var name = errors.Text("enterpriseName", command.EnterpriseName, "企业名称", "the enterprise name");
        var matter = errors.Text("matter", command.Matter, "协调事项", "the matter");
        var ids = command.DepartmentIds ?? [];
        errors.If(ids.Count == 0, "departmentIds", "请至少召集一个部门 / convene at least one department.");
        errors.If(ids.Select(i => i?.Trim()).Distinct().Count() != ids.Count, "departmentIds", "部门有重复 / a department is convened twice.");
        var scheduledAt = errors.Required("scheduledAt", command.ScheduledAt, "召开时间", "the time of the meeting");
        errors.If(command.ScheduledAt < now, "scheduledAt", "召开时间不能早于现在 / the meeting cannot be scheduled in the past.");
        errors.If(command.ScheduledAt > now.AddDays(LongestDueDays), "scheduledAt", "召开时间应在一年以内 / the meeting is held within a year.");
        errors.ThrowIfAny();
        return new CoordinationMeetingConvened(id, UnifiedSocialCreditCode.Parse(creditCode), name, matter,
            [.. departments.Select(d => new ConvenedDepartment(d!.DepartmentId, d.Name))], scheduledAt, actor.Id, actor.Name, now);
    }

    /// <summary>
    /// Once, after the meeting was convened: at least one attendee, each for a convened department or the enterprise; each decision owned by a convened
    /// department and due on a working day after the day of the minutes, kept as the working days between (the clock starts with the minutes).
    /// </summary>
    public static CoordinationMinutesRecorded RecordMinutes(
        CoordinationMeeting meeting, RecordMinutesBody command, Actor actor, IWorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (meeting.Status != MeetingStatus.Convened) throw new InvalidStateTransitionException(CoordinationMeeting.StatusLabel(meeting.Status), "记录会议纪要");
        var errors = new FieldErrors();
        var heldAt = errors.Required("heldAt", command.HeldAt, "召开时间", "the time the meeting was held");
        errors.If(command.HeldAt > now, "heldAt", "会议尚未召开，不能记录纪要 / the meeting cannot be held in the future.");
        errors.If(command.HeldAt < meeting.ConvenedAt, "heldAt", "召开时间早于召集时间 / the meeting was held before it was convened.");
        var attendees = Attendees(meeting, command.Attendees ?? [], errors);
        var decisions = Decisions(meeting, command.Decisions ?? [], calendar, now, errors);
        errors.ThrowIfAny();

        var attended = attendees.Select(a => a.Represents).ToHashSet();
        var absent = meeting.Departments.Where(d => !attended.Contains(d.DepartmentId)).ToList();
        var summary = string.IsNullOrWhiteSpace(command.Summary) ? null : command.Summary.Trim();
        return new CoordinationMinutesRecorded(meeting.Id, heldAt, attendees, absent, summary, decisions, actor.Id, actor.Name, now);
    }

    /// <summary>Only a handler of the owner department, once.</summary>
    public static CoordinationDecisionCompleted Complete(CoordinationMeeting meeting, int number, CompleteDecisionBody command, Actor actor, DateTimeOffset now)
    {
        if (meeting.Status == MeetingStatus.Convened) throw new InvalidStateTransitionException(CoordinationMeeting.StatusLabel(meeting.Status), $"办结议定事项{number}");
        var decision = meeting.Decision(number) ?? throw new NotFoundException($"该协调议事没有第{number}项议定事项 / the meeting has no decision {number}.");
        if (actor.DepartmentId != decision.OwnerDepartmentId)
            throw new AccessDeniedException($"议定事项{number}由{decision.OwnerDepartment}承办 / decision {number} is owned by {decision.OwnerDepartment}.");
        if (decision.CompletedAt is not null) throw new InvalidStateTransitionException("已办结", $"办结议定事项{number}");
        var errors = new FieldErrors();
        var account = errors.Text("account", command.Account, "办理情况", "the account of what was done");
        errors.ThrowIfAny();
        return new CoordinationDecisionCompleted(meeting.Id, number, account, actor.Id, actor.Name, now);
    }

    /// <summary>The enterprise sees its own meetings, a department the meetings it was convened to; the hall's staff and overseers all.</summary>
    public static void EnsureMaySee(CoordinationMeeting meeting, Actor actor)
    {
        if (actor.Role == Roles.Enterprise && actor.CreditCode != meeting.CreditCode)
            throw new AccessDeniedException("企业只能查看本企业的协调议事 / an enterprise sees only its own coordination meetings.");
        if (actor.Role == Roles.DepartmentHandler && meeting.Departments.All(d => d.DepartmentId != actor.DepartmentId))
            throw new AccessDeniedException("部门只能查看召集本部门的协调议事 / a department sees only the meetings it was convened to.");
    }

    private static List<MeetingAttendee> Attendees(CoordinationMeeting meeting, IReadOnlyList<AttendeeBody> attendees, FieldErrors errors)
    {
        errors.If(attendees.Count == 0, "attendees", "请填写到会人员 / list who attended.");
        var list = new List<MeetingAttendee>();
        for (var i = 0; i < attendees.Count; i++)
        {
            var name = errors.Text($"attendees[{i}].name", attendees[i]?.Name, "到会人员姓名", "the attendee's name");
            var represents = attendees[i]?.Represents?.Trim();
            var unit = represents == meeting.CreditCode ? meeting.EnterpriseName : meeting.Departments.FirstOrDefault(d => d.DepartmentId == represents)?.Name;
            errors.If(unit is null, $"attendees[{i}].represents",
                "到会人员应代表被召集的部门（机构目录编号）或企业（统一社会信用代码） / an attendee represents a convened department (its id) or the enterprise (its credit code).");
            if (unit is not null) list.Add(new MeetingAttendee(name, represents!, unit));
        }
        return list;
    }

    private static List<MeetingDecisionTerms> Decisions(
        CoordinationMeeting meeting, IReadOnlyList<DecisionBody> decisions, IWorkingDayCalendar calendar, DateTimeOffset now, FieldErrors errors)
    {
        var today = calendar.LocalDay(now);
        var list = new List<MeetingDecisionTerms>();
        for (var i = 0; i < decisions.Count; i++)
        {
            var field = $"decisions[{i}]";
            var content = errors.Text($"{field}.content", decisions[i]?.Content, "议定事项内容", "what was decided");
            var owner = meeting.Departments.FirstOrDefault(d => d.DepartmentId == decisions[i]?.OwnerDepartmentId?.Trim());
            errors.If(owner is null, $"{field}.ownerDepartmentId", "承办单位应为被召集的部门（机构目录编号） / the owner is a convened department (its id).");
            var dueDate = errors.Required($"{field}.dueDate", decisions[i]?.DueDate, "办结日期", "the due date");
            if (decisions[i]?.DueDate is null) continue;
            errors.If(dueDate <= today, $"{field}.dueDate", $"办结日期应晚于纪要日期{today:yyyy-MM-dd} / the due date is after the day of the minutes ({today:yyyy-MM-dd}).");
            errors.If(dueDate > today.AddDays(LongestDueDays), $"{field}.dueDate", $"办结日期应在一年以内 / the due date is within {LongestDueDays} days.");
            errors.If(dueDate > today && !calendar.IsWorkingDay(dueDate), $"{field}.dueDate",
                $"{dueDate:yyyy-MM-dd}不是工作日 / {dueDate:yyyy-MM-dd} is not a working day.");
            if (owner is null || dueDate <= today || dueDate > today.AddDays(LongestDueDays) || !calendar.IsWorkingDay(dueDate)) continue;
            var workingDays = WorkingDaysUntil(calendar, today, dueDate);
            var person = string.IsNullOrWhiteSpace(decisions[i]!.OwnerPerson) ? null : decisions[i]!.OwnerPerson!.Trim();
            list.Add(new MeetingDecisionTerms(i + 1, content, owner.DepartmentId, owner.Name, person, dueDate, workingDays, calendar.AddWorkingDays(now, workingDays)));
        }
        return list;
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="dueDate"/> (a working day).</summary>
    public static int WorkingDaysUntil(IWorkingDayCalendar calendar, DateOnly from, DateOnly dueDate)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= dueDate; day = day.AddDays(1))
            if (calendar.IsWorkingDay(day)) days++;
        return days;
    }
}
