using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.EnterpriseHome.Talks;

/// <summary>Pure decisions of 商务洽谈 bookings (ADR 0113): a free half-hour-aligned slot of a working day, within business hours, not in the past.</summary>
internal static class TalkDecisions
{
    /// <summary>Bookings start and end on the hour or the half hour.</summary>
    public const int SlotMinutes = 30;

    /// <summary>The request's own checks: every field error at once.</summary>
    public static (TalkRoom Room, DateOnly Day, TimeOnly Start, TimeOnly End, string CreditCode, string Name, string Topic, string Counterpart) Check(
        BookTalkRequest command, IReadOnlyList<TalkRoom> rooms, IWorkingDayCalendar calendar, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var room = rooms.FirstOrDefault(r => r.Code == command.Room?.Trim());
        errors.If(room is null, "room", $"请选择企业之家洽谈室（{string.Join("、", rooms.Select(r => $"{r.Code} {r.Name}"))}） / choose a room of 企业之家 by its code.");
        var day = errors.Required("day", command.Day, "日期", "the day");
        errors.If(command.Day is not null && !calendar.IsWorkingDay(day), "day", $"{day:yyyy-MM-dd}不是工作日 / {day:yyyy-MM-dd} is not a working day.");
        var start = errors.Required("start", command.Start, "开始时间", "the start");
        var end = errors.Required("end", command.End, "结束时间", "the end");
        var hours = calendar.BusinessHours;
        foreach (var (field, time) in new[] { ("start", command.Start), ("end", command.End) })
            errors.If(time is { } t && (t.Minute % SlotMinutes != 0 || t.Second != 0 || t < hours.Start || t > hours.End), field,
                $"时间应为{hours.Start:HH\\:mm}至{hours.End:HH\\:mm}之间的整点或半点 / on the hour or half hour between {hours.Start:HH\\:mm} and {hours.End:HH\\:mm}.");
        errors.If(command.Start is not null && command.End is not null && end <= start, "end", "结束时间应晚于开始时间 / the end is after the start.");
        // A day before today is refused before its start instant is built (year 1 at UTC+8 has none).
        errors.If(command.Day is not null && command.Start is not null && (day < calendar.LocalDay(now) || calendar.At(day, start) <= now), "start",
            "不能预约已过去的时间 / the slot has begun or passed.");
        var creditCode = errors.CreditCode("creditCode", command.CreditCode);
        var name = errors.Text("enterpriseName", command.EnterpriseName, "企业名称", "the enterprise name");
        var topic = errors.Text("topic", command.Topic, "洽谈事项", "the topic");
        var counterpart = errors.Text("counterpart", command.Counterpart, "洽谈对象", "with whom");
        errors.ThrowIfAny();
        return (room!, day, start, end, creditCode, name, topic, counterpart);
    }

    /// <summary>The slot must not overlap another booking of the room that day (a talk ending at 10:00 and one starting at 10:00 do not overlap).</summary>
    public static BusinessTalkBooked Book(
        TalkRoomDay? booked, (TalkRoom Room, DateOnly Day, TimeOnly Start, TimeOnly End, string CreditCode, string Name, string Topic, string Counterpart) slot,
        Actor actor, DateTimeOffset now)
    {
        if (actor.Role == Roles.Enterprise && actor.CreditCode != slot.CreditCode)
            throw new AccessDeniedException("企业只能为本企业预约洽谈 / an enterprise books only for itself.");
        if (booked?.Talks.FirstOrDefault(t => t.Start < slot.End && slot.Start < t.End) is { } taken)
            throw new InvalidStateTransitionException($"{slot.Room.Name}{slot.Day:yyyy-MM-dd} {taken.Start:HH\\:mm}–{taken.End:HH\\:mm}已被预约", "预约洽谈室",
                "同一洽谈室同一时段只能预约一次 / a room is booked once for a time.");
        return new BusinessTalkBooked(TalkRoomDay.IdFor(slot.Room.Code, slot.Day), slot.Room.Code, slot.Room.Name, slot.Day, (booked?.Talks.Count ?? 0) + 1,
            slot.Start, slot.End, UnifiedSocialCreditCode.Parse(slot.CreditCode), slot.Name, slot.Topic, slot.Counterpart, actor.Id, actor.Name, now);
    }

    /// <summary>Once, from the talk's start on.</summary>
    public static BusinessTalkRecorded Record(TalkRoomDay day, int number, RecordTalkBody command, IWorkingDayCalendar calendar, Actor actor, DateTimeOffset now)
    {
        var talk = day.Talk(number) ?? throw new NotFoundException($"{day.RoomName}{day.Day:yyyy-MM-dd}没有第{number}场洽谈 / no talk {number} in that room that day.");
        if (talk.RecordedAt is not null) throw new InvalidStateTransitionException("已记录", "记录洽谈");
        if (calendar.At(day.Day, talk.Start) > now) throw new InvalidStateTransitionException("未开始", "记录洽谈", "洽谈开始后方可记录 / a talk is recorded once it has begun.");
        var errors = new FieldErrors();
        var participants = (command.Participants ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        errors.If(participants.Count == 0, "participants", "请填写参加洽谈人员 / list who took part.");
        var summary = errors.Text("summary", command.Summary, "洽谈情况", "what was discussed");
        errors.ThrowIfAny();
        return new BusinessTalkRecorded(day.Id, number, participants, summary, string.IsNullOrWhiteSpace(command.Outcome) ? null : command.Outcome.Trim(), actor.Id,
            actor.Name, now);
    }
}
