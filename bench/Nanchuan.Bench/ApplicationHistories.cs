using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.Licensing.Applications;

namespace Nanchuan.Bench;

/// <summary>
/// S11's hall applications (办件) built from the Licensing module's own events, command by command as its endpoints append them
/// (ApplicationDecisions): lodged in person with every material, so accepted at once; an immediate item (即办件) decided and issued
/// in the same step, an item with a promised limit decided by its department the next working day and issued an hour later.
/// </summary>
public static class ApplicationHistories
{
    private sealed record Item(Guid Id, string Code, string Name, string Department, decimal PromisedWorkingDays);

    /// <summary>建设工程竣工验收备案: an immediate item of 区住房城乡建委.</summary>
    private static readonly Item Immediate = new(Guid.Parse("0193a5c0-0000-7000-8000-000000000b01"), "BA-500119-001", "建设工程竣工验收备案", "区住房城乡建委", 0);
    /// <summary>食品经营许可: promised in 2 working days, decided by 区市场监管局.</summary>
    private static readonly Item Promised = new(Guid.Parse("0193a5c0-0000-7000-8000-000000000b02"), "XK-500119-001", "食品经营许可", "区市场监管局", 2);
    private static readonly string[] Materials = ["申请书", "营业执照复印件"];

    /// <summary>One command: received in person, accepted, decided and issued on the spot.</summary>
    public static object[][] ImmediateDone(Guid id, DateTimeOffset at, DistrictEnterprise by) =>
    [
        [
            .. Lodged(id, Immediate, at, by, at),
            new ApplicationDecided(id, true, "即办件当场办结", null, at),
            new ResultIssued(id, $"{Immediate.Code}-{id.ToString("N")[..8].ToUpperInvariant()}", false, at),
        ],
    ];

    /// <summary>
    /// Received and accepted with its promised limit running; when <paramref name="done"/>, approved by the department the next
    /// working day (three commands), otherwise still waiting for the decision (one).
    /// </summary>
    public static object[][] WithPromise(Guid id, DateTimeOffset at, DistrictEnterprise by, bool done, IWorkingDayCalendar calendar)
    {
        var lodged = Lodged(id, Promised, at, by, TimeLimit.InWorkingDays(Promised.PromisedWorkingDays).DueFrom(calendar, at));
        if (!done) return [lodged];
        var decidedAt = calendar.AddWorkingDays(at, 1);
        return
        [
            lodged,
            [new ApplicationDecided(id, true, "材料齐全，符合许可条件。", null, decidedAt)],
            [new ResultIssued(id, $"JY150011900{id.ToString("N")[..8].ToUpperInvariant()}", false, decidedAt.AddHours(1))],
        ];
    }

    private static object[] Lodged(Guid id, Item item, DateTimeOffset at, DistrictEnterprise by, DateTimeOffset dueAt) =>
    [
        new ApplicationReceived(id, item.Id, item.Code, item.Name, item.Department, by.CreditCode, by.Name, null, Materials, at),
        new VisitRecorded(id, "递交申请材料", at),
        new ApplicationAccepted(id, at, item.PromisedWorkingDays, dueAt),
    ];
}
