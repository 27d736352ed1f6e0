using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Incentives.Payment;

namespace Nanchuan.Incentives.Tests.Domain;

/// <summary>The pure rules: reminders, the configurable defaults, the order of the payment steps.</summary>
public sealed class DomainTests
{
    private static readonly Actor Finance = new("cz-1", "区财政局 陈科长", Roles.DepartmentHandler, "区财政局", null, Channels.Web);

    private static Agreement Signed()
    {
        var id = Guid.Parse("01a23f7d-0000-7000-8000-000000000001");
        var agreement = Agreement.Create(new AgreementSigned(id, "N-1", "91500119MA5U8XRB98", "示例", "项目", new DateOnly(2025, 3, 10),
            [new("E1", MilestoneKind.Investment, "投资", 1m, new DateOnly(2025, 12, 31), Time("2026-01-01 00:00"))],
            [new("G1", IncentiveKind.Subsidy, IncentiveBasis.Agreement, null, "补助", "投资达标", "E1", 100m)], Time("2025-03-10 10:00")));
        return agreement;
    }

    [Fact]
    public void The_reminder_comes_at_nine_on_the_day_the_configured_number_of_calendar_days_before_the_due_date()
    {
        Reminders.At(new DateOnly(2025, 10, 1), 30).ShouldBe(Time("2025-09-01 09:00"));
        Reminders.At(new DateOnly(2026, 3, 1), 10).ShouldBe(Time("2026-02-19 09:00"));
    }

    [Fact]
    public void Reminder_and_payment_days_are_configuration_with_the_specs_defaults()
    {
        IncentiveRules Rules(Dictionary<string, string?> settings)
        {
            var services = new ServiceCollection();
            new IncentivesModule().AddServices(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            return services.BuildServiceProvider().GetRequiredService<IncentiveRules>();
        }

        Rules([]).ShouldBe(new IncentiveRules(30, 60));
        Rules(new() { ["Incentives:ReminderDays"] = "15", ["Incentives:PaymentDays"] = "90" }).ShouldBe(new IncentiveRules(15, 90));
    }

    [Fact]
    public void Paying_an_item_whose_condition_is_not_met_names_every_missing_step_and_leaves_the_agreement_unchanged()
    {
        var agreement = Signed();
        var refused = Should.Throw<InvalidStateTransitionException>(() =>
            PaymentDecision.Pay(agreement, "G1", 100m, new DateOnly(2025, 4, 1), "V", Finance, Time("2025-04-01 10:00")));
        refused.CurrentState.ShouldBe("未到兑现条件");
        refused.Message.ShouldBe("兑现事项G1当前为“未到兑现条件”，兑付前缺少：兑现条件（投资达标）未满足、部门联合审查、“双兑现”工作领导小组审定、资金调度 / " +
                                 "cannot pay item G1 yet: missing its condition (E1) is not met, the joint review by the departments concerned, the leading group's decision, funds scheduled.");
        agreement.Incentive("G1")!.Status.ShouldBe(IncentiveStatus.Pending);
    }
}
