using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.EnterpriseHome.Talks;

/// <summary>A room of 企业之家 was booked for a business talk (商务洽谈) from <paramref name="Start"/> to <paramref name="End"/> on <paramref name="Day"/>.</summary>
public sealed record BusinessTalkBooked(
    Guid RoomDayId, string Room, string RoomName, DateOnly Day, int Number, TimeOnly Start, TimeOnly End, UnifiedSocialCreditCode CreditCode,
    string EnterpriseName, string Topic, string Counterpart, string ById, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{EnterpriseName}预约{RoomName}{Day:yyyy-MM-dd} {Start:HH\\:mm}–{End:HH\\:mm}与{Counterpart}洽谈：{Topic}";
}

/// <summary>企业之家 recorded how the talk went (洽谈记录): who took part, what was discussed and its outcome.</summary>
public sealed record BusinessTalkRecorded(
    Guid RoomDayId, int Number, IReadOnlyList<string> Participants, string Summary, string? Outcome, string ById, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{ByName}记录第{Number}场洽谈：{Summary}";
}
