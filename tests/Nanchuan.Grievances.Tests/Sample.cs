using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

/// <summary>Fixed inputs: Beijing-time instants, a valid Nanchuan credit code, ready-made commands.</summary>
internal static class Sample
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>91500119MA5U0000 + both check characters (GB 11714, GB 32100): a credit code registered in Nanchuan (division 500119).</summary>
    public static readonly string CreditCode = UnifiedSocialCreditCode.FromBody("91500119MA5U00003").Value;

    public static readonly Guid GrievanceId = Guid.Parse("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f");

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, Beijing);

    /// <summary>A stand-in for the calendar in these tests: 18:00 Beijing time, <paramref name="daysLater"/> calendar days after <paramref name="from"/>.</summary>
    public static DateTimeOffset SixPm(DateTimeOffset from, int daysLater) =>
        new(from.ToOffset(Beijing).Date.AddDays(daysLater).AddHours(18), Beijing);

    public static ReceiveGrievance Request(IntakeChannel channel = IntakeChannel.Platform, DateTimeOffset? receivedAt = null) => new(
        channel,
        "重庆南川某某建材有限公司",
        CreditCode,
        "张三",
        "13812345678",
        "厂区门前道路破损，货车进出困难 / the road in front of the plant is broken.",
        receivedAt);

    public static AssignGrievance Assignment(ProblemType type = ProblemType.Simple, int? limit = null, string unit = "qcxj", string unitName = "区城市管理局") =>
        new(type, limit, unit, unitName);

    public static FileHandlingReport Report(DateTimeOffset contactedAt, DateOnly? promised = null) => new(
        "李四", "023-71234567", ContactMethod.Visit, contactedAt, "已安排施工队修补路面 / repairs scheduled.", promised);
}
