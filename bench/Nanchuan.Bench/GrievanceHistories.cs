using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Bench;

/// <summary>
/// Histories of enterprise requests built from the Grievances module's own event types, so the platform reads them
/// as it reads its own: a request waiting for the handling unit's contact (S1), one waiting for assignment (S6),
/// a whole two-round closed loop of ten events (S7's million events), and S11's years of requests.
/// </summary>
public static class GrievanceHistories
{
    /// <summary>The handling unit of the seeded requests: the department of the benchmark's handler token.</summary>
    public const string HandlingUnit = "区经济信息委";
    /// <summary>Its id in the platform's directory of departments and units.</summary>
    public const string HandlingUnitId = "qu-jingxinwei";
    public static readonly UnifiedSocialCreditCode Enterprise = UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98");

    /// <summary>Received by phone from <paramref name="by"/> (the sample enterprise when null).</summary>
    public static GrievanceReceived Received(Guid id, DateTimeOffset at, DistrictEnterprise? by = null) => new(id, IntakeChannel.Phone, null, null, null,
        by?.Name ?? "重庆南川示例科技有限公司", by?.CreditCode ?? Enterprise, "王经理", "13812345678", "厂区门前道路破损，货车进出困难，请协调修复。", at, at.AddDays(1), at);

    public static GrievanceAssigned Assigned(Guid id, int round, DateTimeOffset at) =>
        new(id, round, $"bench-{id:N}"[..20], ProblemType.General, 5, HandlingUnitId, HandlingUnit, at, at.AddDays(7));

    /// <summary>Received and assigned an hour before <paramref name="now"/>: the next step is the unit's contact.</summary>
    public static object[] AwaitingContact(Guid id, DateTimeOffset now) => [Received(id, now.AddHours(-2)), Assigned(id, 1, now.AddHours(-1))];

    /// <summary>Ten events: two rounds (the first evaluated unsatisfied), then closed.</summary>
    public static object[] ClosedAfterTwoRounds(Guid id, DateTimeOffset start, DistrictEnterprise? by = null)
    {
        var t = start;
        DateTimeOffset Next() => t = t.AddMinutes(30);
        return
        [
            Received(id, t, by),
            Assigned(id, 1, Next()),
            new EnterpriseContacted(id, 1, ContactMethod.Phone, Next(), "已电话联系企业，核实诉求。", t),
            new HandlingReported(id, 1, "李科长", "023-71234567", ContactMethod.Visit, Next(), "已安排修补。", null, t, true, 0.5m),
            new GrievanceEvaluated(id, 1, false, "修补不彻底", Next(), t),
            Assigned(id, 2, Next()),
            new EnterpriseContacted(id, 2, ContactMethod.Visit, Next(), "现场查看破损路段。", t),
            new HandlingReported(id, 2, "李科长", "023-71234567", ContactMethod.Visit, Next(), "已重新铺设路面。", null, t, true, 1m),
            new GrievanceEvaluated(id, 2, true, "路面已修复", Next(), t),
            new GrievanceClosed(id, 2, $"bench-{id:N}"[..20], null, Next()),
        ];
    }

    /// <summary>Six events: one round, evaluated satisfied, closed.</summary>
    public static object[] ClosedInOneRound(Guid id, DateTimeOffset start, DistrictEnterprise? by = null)
    {
        var t = start;
        DateTimeOffset Next() => t = t.AddMinutes(30);
        return
        [
            Received(id, t, by),
            Assigned(id, 1, Next()),
            new EnterpriseContacted(id, 1, ContactMethod.Phone, Next(), "已电话联系企业，核实诉求。", t),
            new HandlingReported(id, 1, "李科长", "023-71234567", ContactMethod.Visit, Next(), "已安排修补。", null, t, true, 0.5m),
            new GrievanceEvaluated(id, 1, true, "路面已修复", Next(), t),
            new GrievanceClosed(id, 1, $"bench-{id:N}"[..20], null, Next()),
        ];
    }

    /// <summary>A request still open: received (<paramref name="step"/> 0), assigned (1) or handled with a promised date (2).</summary>
    public static object[] Open(Guid id, DateTimeOffset at, int step, DistrictEnterprise? by = null) => step switch
    {
        0 => [Received(id, at, by)],
        1 => [Received(id, at, by), Assigned(id, 1, at.AddHours(1))],
        _ =>
        [
            Received(id, at, by), Assigned(id, 1, at.AddHours(1)),
            new HandlingReported(id, 1, "李科长", "023-71234567", ContactMethod.Visit, at.AddHours(2), "已安排修补。",
                DateOnly.FromDateTime(at.AddDays(3).UtcDateTime), at.AddHours(2), true, 0.5m),
        ],
    };

    /// <summary>A long case: received, then <paramref name="rounds"/> rounds each assigned and contacted (1 + 2 × rounds events).</summary>
    public static object[] ManyRounds(Guid id, DateTimeOffset start, int rounds)
    {
        var t = start;
        DateTimeOffset Next() => t = t.AddMinutes(30);
        return [Received(id, t), .. Enumerable.Range(1, rounds).SelectMany(round => new object[]
        {
            Assigned(id, round, Next()),
            new EnterpriseContacted(id, round, ContactMethod.Phone, Next(), "已电话联系企业，核实诉求。", t),
        })];
    }
}
