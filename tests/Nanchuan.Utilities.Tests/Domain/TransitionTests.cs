using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Domain;

public sealed class TransitionTests
{
    private static PowerConnection Power(PowerConnectionClass connectionClass) => Power(connectionClass, Time("2025-01-23 10:00"));

    private static PowerConnection Power(PowerConnectionClass connectionClass, DateTimeOffset acceptedAt) => PowerConnection.Create(new PowerApplicationAccepted(
        Guid.NewGuid(), "91500119MA5U8XRB98", "示例", false, null, null, connectionClass, "地址", 50m, null, "国网南川供电公司", acceptedAt,
        connectionClass.RunsFromAcceptance() ? PowerTimeLimits.For(connectionClass).DueFrom(Calendar, acceptedAt) : null));

    /// <summary>Signed 2024-02-26, connected 02-27, cost list of 100 CNY received Fri 2024-03-01: payment due 2024-05-01 00:00 (24:00 of Apr 30).</summary>
    private static WaterConnection BilledWater()
    {
        var water = WaterConnection.Create(new PayLastCommitmentSigned(Guid.NewGuid(), "91500119MA5U8XRB98", "示例", WaterApplicationChannel.YuKuaiBan, "地址",
            "南川区自来水公司", Time("2024-02-26 09:00"), WaterTimeLimits.Connection.DueFrom(Calendar, Time("2024-02-26 09:00"))));
        water.Apply(WaterDecisions.Connect(water, Time("2024-02-27 09:00"), 1m));
        water.Apply(WaterDecisions.SendCostList(water, [new CostItem("水表", "块", 1, 100m, 100m)], Time("2024-03-01 15:00"),
            WaterTimeLimits.Payment.DueFrom(Calendar, Time("2024-03-01 15:00"))));
        return water;
    }

    [Fact]
    public void Power_on_is_within_the_limit_up_to_the_deadline_and_only_once()
    {
        var power = Power(PowerConnectionClass.LowVoltageNonResidential);
        PowerDecisions.PowerOn(power, Time("2025-02-05 18:00"), 4.74m).WithinLimit.ShouldBeTrue();
        PowerDecisions.PowerOn(power, Time("2025-02-05 18:01"), 4.74m).WithinLimit.ShouldBeFalse();
        power.Apply(PowerDecisions.PowerOn(power, Time("2025-02-05 17:00"), 4.63m));
        Should.Throw<InvalidStateTransitionException>(() => PowerDecisions.PowerOn(power, Time("2025-02-06 10:00"), 5m)).CurrentState.ShouldBe("已接电");
    }

    [Fact]
    public void A_timer_for_a_deadline_that_moved_or_was_met_is_stale()
    {
        var deadlines = new PowerDeadlines();
        var power = Power(PowerConnectionClass.LowVoltageResidential);
        var due = power.DueAt!.Value;
        var running = deadlines.Find(power, nameof(UtilityDeadline.PowerOn));
        DeadlineRules.Fires(running, DeadlineAlarm.Overdue, due, due.AddMinutes(-1)).ShouldBeFalse(); // not yet
        DeadlineRules.Fires(running, DeadlineAlarm.Overdue, due.AddDays(1), due.AddDays(2)).ShouldBeFalse(); // another due time
        power.Apply(new PowerDeadlineRecomputed(UtilityDeadline.PowerOn, due, due.AddDays(1), "测试"));
        running = deadlines.Find(power, nameof(UtilityDeadline.PowerOn));
        DeadlineRules.Fires(running, DeadlineAlarm.Overdue, due, due.AddDays(2)).ShouldBeFalse();
        DeadlineRules.Fires(running, DeadlineAlarm.Overdue, due.AddDays(1), due.AddDays(1).AddSeconds(1)).ShouldBeTrue();
        power.Apply(PowerDecisions.PowerOn(power, due, 3m));
        deadlines.Find(power, nameof(UtilityDeadline.PowerOn)).ShouldBeNull();
    }

    [Fact]
    public void Power_and_water_judge_an_act_at_the_24_00_end_of_a_calendar_day_limit_alike()
    {
        // 15 days from Tue 2025-05-06 (low voltage with works) and 60 days from Fri 2024-03-01 both end at 24:00 of their last day.
        var power = Power(PowerConnectionClass.LowVoltageNonResidentialWithWorks, Time("2025-05-06 09:00"));
        power.DueAt.ShouldBe(Time("2025-05-22 00:00"));
        PowerDecisions.PowerOn(power, Time("2025-05-22 00:00"), 11m).WithinLimit.ShouldBeTrue();
        PowerDecisions.PowerOn(power, Time("2025-05-22 00:01"), 11m).WithinLimit.ShouldBeFalse();
        var water = BilledWater();
        WaterDecisions.Fulfil(water, 100m, Time("2024-05-01 00:00")).WithinLimit.ShouldBeTrue();
        WaterDecisions.Fulfil(water, 100m, Time("2024-05-01 00:01")).WithinLimit.ShouldBeFalse();
    }

    [Fact]
    public void Water_payment_must_match_the_cost_list_and_is_late_from_the_end_of_the_60_days()
    {
        var signed = WaterConnection.Create(new PayLastCommitmentSigned(Guid.NewGuid(), "91500119MA5U8XRB98", "示例", WaterApplicationChannel.YuKuaiBan, "地址",
            "南川区自来水公司", Time("2024-02-26 09:00"), WaterTimeLimits.Connection.DueFrom(Calendar, Time("2024-02-26 09:00"))));
        Should.Throw<InvalidStateTransitionException>(() => WaterDecisions.Fulfil(signed, 100m, Time("2024-02-27 09:00")));
        var water = BilledWater();
        Should.Throw<DomainValidationException>(() => WaterDecisions.Fulfil(water, 99m, Time("2024-04-30 10:00"))).Errors.Keys.ShouldBe(["amountPaid"]);
        WaterDecisions.Fulfil(water, 100m, Time("2024-04-30 23:59")).WithinLimit.ShouldBeTrue();
        WaterDecisions.Fulfil(water, 100m, Time("2024-05-01 00:01")).WithinLimit.ShouldBeFalse();
    }

    [Fact]
    public void A_gas_plan_cannot_be_signed_before_it_is_proposed_nor_with_items_the_list_lacks()
    {
        var gas = GasConnection.Create(new GasApplicationReceived(Guid.NewGuid(), "91500119MA5U8XRB98", "示例", "南川燃气公司", GasApplicationChannel.Hotline,
            GasUserCategory.OtherNonResidential, "地址", Time("2024-06-03 10:00"), Time("2024-06-04 18:00")));
        Should.Throw<InvalidStateTransitionException>(() => GasDecisions.Sign(gas, GasPlanParty.User, "ent-1", "示例", Time("2024-06-03 11:00"), GasFeeTests.Version1, null, [new ChosenItem("PE32", 1)]));
        gas.Apply(GasDecisions.Survey(gas, Time("2024-06-04 10:00"), "可接气", Time("2024-06-05 18:00")));
        gas.Apply(GasDecisions.ProposePlan(gas, Time("2024-06-05 10:00"), "方案"));
        var refused = Should.Throw<DomainValidationException>(() =>
            GasDecisions.Sign(gas, GasPlanParty.User, "ent-1", "示例", Time("2024-06-05 11:00"), GasFeeTests.Version1, null, [new ChosenItem("PE99", 1), new ChosenItem("PE32", 0)]));
        refused.Errors.Keys.ShouldBe(["items[0].itemCode", "items[1].quantity"], ignoreOrder: true);
        Should.Throw<DomainValidationException>(() => GasDecisions.Sign(gas, GasPlanParty.User, "ent-1", "示例", Time("2024-06-05 11:00"), null, null, [new ChosenItem("PE32", 1)]))
            .Errors.Keys.ShouldBe(["signedAt"]);
    }

    [Fact]
    public void The_operator_signs_without_a_choice_once_and_the_second_signature_checks_the_users_choice_against_the_list_then_in_force()
    {
        var gas = GasConnection.Create(new GasApplicationReceived(Guid.NewGuid(), "91500119MA5U8XRB98", "示例", "南川燃气公司", GasApplicationChannel.Hotline,
            GasUserCategory.OtherNonResidential, "地址", Time("2024-06-03 10:00"), Time("2024-06-04 18:00")));
        gas.Apply(GasDecisions.Survey(gas, Time("2024-06-04 10:00"), "可接气", Time("2024-06-05 18:00")));
        gas.Apply(GasDecisions.ProposePlan(gas, Time("2024-06-05 10:00"), "方案"));

        var user = GasDecisions.Sign(gas, GasPlanParty.User, "ent-1", "示例", Time("2024-06-05 11:00"), GasFeeTests.Version1, null, [new ChosenItem("PE32", 3)]);
        user.ShouldHaveSingleItem().ShouldBeOfType<GasPlanSignedByParty>().Party.ShouldBe(GasPlanParty.User);
        gas.Apply((GasPlanSignedByParty)user[0]);
        Should.Throw<InvalidStateTransitionException>(() =>
            GasDecisions.Sign(gas, GasPlanParty.User, "ent-1", "示例", Time("2024-06-05 11:30"), GasFeeTests.Version1, null, [new ChosenItem("PE32", 3)]));

        var both = GasDecisions.Sign(gas, GasPlanParty.Operator, "gs-1", "李工", Time("2024-06-06 09:00"), GasFeeTests.Version1, null, []);
        both.Count.ShouldBe(2);
        var signed = both[1].ShouldBeOfType<GasPlanSigned>();
        signed.SignedAt.ShouldBe(Time("2024-06-06 09:00"));
        signed.Items.ShouldBe([new ChosenItem("PE32", 3)]);
        signed.PriceListVersion.ShouldBe(GasFeeTests.Version1.Version);
    }
}
