using Nanchuan.Judiciary.EnforcementStage;
using Nanchuan.Judiciary.Results;

namespace Nanchuan.Judiciary.Tests.Domain;

/// <summary>The module's pure rules, without a host.</summary>
public class DecisionTests
{
    private static DisputeCase Mediating(DateTimeOffset dueAt, bool overdue = false, DateTimeOffset? pausedAt = null) => new()
    {
        Id = Guid.NewGuid(), Status = DisputeStatus.Mediating, CreditCode = "91500119MA5U8XRB98",
        Mediation = new Mediation("南城街道办事处", 15, Time("2026-09-23 10:00"), dueAt, false, overdue, TimeSpan.Zero, pausedAt, pausedAt is null ? null : "当事人申请"),
    };

    [Fact]
    public void A_result_at_the_due_instant_is_on_time_one_second_later_is_late_and_while_paused_the_clock_cannot_run_out()
    {
        var due = Time("2026-10-21 18:00");
        var body = new ReportMediationResultBody(true, "调解成功");
        ResultDecision.Report(Mediating(due), body, due).OnTime.ShouldBeTrue();
        ResultDecision.Report(Mediating(due), body, due.AddSeconds(1)).OnTime.ShouldBeFalse();
        ResultDecision.Report(Mediating(due, pausedAt: Time("2026-10-20 09:00")), body, Time("2026-10-30 09:00")).OnTime.ShouldBeTrue();
        ResultDecision.Report(Mediating(due, overdue: true, pausedAt: Time("2026-10-22 09:00")), body, Time("2026-10-30 09:00")).OnTime.ShouldBeFalse();
    }

    [Fact]
    public void Natural_persons_are_masked_to_their_surname_and_the_phones_first_three_and_last_four_digits_organisations_are_not()
    {
        new Party(PartyKind.NaturalPerson, "欧阳明华", "13812345678").Masked().ShouldBe(new Party(PartyKind.NaturalPerson, "欧***", "138****5678"));
        new Party(PartyKind.NaturalPerson, "李", null).Masked().ShouldBe(new Party(PartyKind.NaturalPerson, "*", null));
        new Party(PartyKind.Organisation, "重庆某建材贸易有限公司", "023-71234567").Masked()
            .ShouldBe(new Party(PartyKind.Organisation, "重庆某建材贸易有限公司", "023-71234567"));
    }

    [Fact]
    public void A_buffer_ending_at_24_00_has_that_day_as_its_last_day_and_is_in_force_until_then_unless_the_settlement_failed()
    {
        var buffer = new SettlementBuffer(Guid.NewGuid(), 30, new DateOnly(2026, 12, 31), Time("2026-09-07 10:00"), Time("2026-10-09 00:00"), null, null);
        BufferDecision.LastDay(buffer.EndsAt).ShouldBe(new DateOnly(2026, 10, 8));
        buffer.InForceAt(Time("2026-10-08 23:59")).ShouldBeTrue();
        buffer.InForceAt(Time("2026-10-09 00:00")).ShouldBeTrue();
        buffer.InForceAt(Time("2026-10-09 00:01")).ShouldBeFalse();
        (buffer with { EndedEarlyAt = Time("2026-09-20 10:00") }).InForceAt(Time("2026-09-21 10:00")).ShouldBeFalse();
    }
}
