namespace Nanchuan.Licensing.EnterpriseHome.Talks;

/// <summary>
/// One room of 企业之家 on one day: its bookings for business talks (商务洽谈) and their records. One stream per room and day (id derived from
/// both), so two bookings of the room that day at the same moment conflict on the stream (one 409) and a double booking can never pass (ADR 0113).
/// </summary>
public sealed class TalkRoomDay
{
    public Guid Id { get; set; }
    public string Room { get; set; } = "";
    public string RoomName { get; set; } = "";
    public DateOnly Day { get; set; }
    public List<BusinessTalk> Talks { get; set; } = [];

    public static Guid IdFor(string room, DateOnly day) => DerivedIds.FromName($"nanchuan:licensing:talk-room:{room}:{day:yyyy-MM-dd}");

    public BusinessTalk? Talk(int number) => Talks.FirstOrDefault(t => t.Number == number);

    public void Apply(BusinessTalkBooked e)
    {
        Id = e.RoomDayId;
        Room = e.Room;
        RoomName = e.RoomName;
        Day = e.Day;
        Talks.Add(new BusinessTalk
        {
            Number = e.Number, Start = e.Start, End = e.End, CreditCode = e.CreditCode.Value, EnterpriseName = e.EnterpriseName, Topic = e.Topic,
            Counterpart = e.Counterpart, BookedBy = e.ByName, BookedAt = e.At,
        });
    }

    public void Apply(BusinessTalkRecorded e)
    {
        var talk = Talk(e.Number)!;
        talk.Participants = [.. e.Participants];
        talk.Summary = e.Summary;
        talk.Outcome = e.Outcome;
        talk.RecordedBy = e.ByName;
        talk.RecordedAt = e.At;
    }
}

/// <summary>One booked business talk and, once held, its record.</summary>
public sealed class BusinessTalk
{
    public int Number { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Counterpart { get; set; } = "";
    public string BookedBy { get; set; } = "";
    public DateTimeOffset BookedAt { get; set; }
    public List<string> Participants { get; set; } = [];
    public string? Summary { get; set; }
    public string? Outcome { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
}

/// <summary>A booked talk with its room and day, as answered to the enterprise and the hall.</summary>
public sealed record TalkBookingView(Guid RoomDayId, string Room, string RoomName, DateOnly Day, BusinessTalk Talk);

/// <summary>The room's booked times on a day (no enterprise named), for choosing a free slot.</summary>
public sealed record TalkRoomSchedule(string Room, string RoomName, DateOnly Day, IReadOnlyList<BookedSlot> Booked);

public sealed record BookedSlot(TimeOnly Start, TimeOnly End);
