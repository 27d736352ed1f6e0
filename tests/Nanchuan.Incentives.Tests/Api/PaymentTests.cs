using Nanchuan.Incentives.Payment;
using Nanchuan.Incentives.Performance;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>Review → decision (leading group, or park committee for other policies) → funds → paid; paid never exceeds decided.</summary>
[Collection(IncentivesCollection.Name)]
public sealed class PaymentTests(IncentivesHost platform)
{
    private string Item(Guid id, string code, string step) => $"{Route}/agreements/{id}/incentives/{code}/{step}";

    private static readonly ReviewIncentiveBody Review = new(["工业园区管委会", "区住房城乡建委"], 1_200_000m, "配套工程已具备实施条件");

    [Fact]
    public async Task Paying_an_agreement_item_without_a_leading_group_decision_is_refused_and_an_item_under_another_policy_needs_the_park_committees_decision_instead()
    {
        var id = await platform.SignAsync("91500119MA5EF0B27C", "NCGYY-2025-301");
        platform.SetTime(Time("2025-04-10 10:00"));
        var pay = new RecordPaymentBody(1_200_000m, new DateOnly(2025, 4, 10), "南财支〔2025〕0101号");
        (await platform.Post(Finance, Item(id, "G2", "payments"), pay, 409).Read<ProblemDetails>()).Detail.ShouldBe(
            "兑现事项G2当前为“应兑未兑（待联合审查）”，兑付前缺少：部门联合审查、“双兑现”工作领导小组审定、资金调度 / " +
            "cannot pay item G2 yet: missing the joint review by the departments concerned, the leading group's decision, funds scheduled.");
        await platform.Post(ParkCommittee, Item(id, "G2", "review"), Review);
        (await platform.Post(Finance, Item(id, "G2", "funds"), new ScheduleFundsBody(1_200_000m, new DateOnly(2025, 4, 30)), 409).Read<ProblemDetails>())
            .Detail!.ShouldStartWith("兑现事项G2当前为“应兑未兑（已联合审查，待审定）”，调度资金前缺少：“双兑现”工作领导小组审定 / ");
        var wrongAuthority = await platform.Post(ParkCommittee, Item(id, "G2", "decision"), new DecideIncentiveBody(1_200_000m, "管委会主任办公会"), 409).Read<ProblemDetails>();
        wrongAuthority.Detail!.ShouldStartWith("兑现事项G2依招商签约协议兑现，应由“双兑现”工作领导小组审定 / ");

        await platform.Post(TestActors.BusinessOffice, Item(id, "G2", "decision"), new DecideIncentiveBody(1_200_000m, "领导小组2025年第2次会议纪要"));
        await platform.Post(Finance, Item(id, "G2", "funds"), new ScheduleFundsBody(1_200_000m, new DateOnly(2025, 4, 30)));
        await platform.Post(Finance, Item(id, "G2", "payments"), pay);
        var g2 = (await platform.LedgersAsync(id)).Incentive("G2")!;
        (g2.Status, g2.DecidedBy, g2.Decision!.ByName, g2.Review!.ByName, g2.Payments.Single().ByName, g2.ReviewDepartments.Count)
            .ShouldBe((IncentiveStatus.Paid, DecisionAuthority.LeadingGroup, "区营商办 张三", "工业园区管委会 李主任", "区财政局 陈科长", 2));

        // G3 is owed under the district's job-retention policy: the park committee with the departments decides it, not the leading group.
        platform.SetTime(Time("2026-05-11 10:00"));
        await platform.Post(ParkCommittee, $"{Route}/agreements/{id}/milestones/E3/fulfilment", new RecordFulfilmentBody(new DateOnly(2026, 5, 8), "社保参保人数证明：新增就业213人"));
        await platform.Post(ParkCommittee, Item(id, "G3", "review"), new ReviewIncentiveBody(["工业园区管委会", "区人力社保局"], 400_000.50m, "符合稳岗就业补贴政策"));
        (await platform.Post(Finance, Item(id, "G3", "payments"), new RecordPaymentBody(400_000.50m, new DateOnly(2026, 5, 11), "南财支〔2026〕0501号"), 409)
            .Read<ProblemDetails>()).Detail!.ShouldContain("兑付前缺少：工业园区管委会会同有关部门认定、资金调度 / ");
        (await platform.Post(TestActors.BusinessOffice, Item(id, "G3", "decision"), new DecideIncentiveBody(400_000.50m, "领导小组会议"), 409).Read<ProblemDetails>())
            .Detail!.ShouldStartWith("兑现事项G3依南川区稳岗就业补贴政策兑现，应由工业园区管委会会同有关部门认定 / ");
        await platform.Post(ParkCommittee, Item(id, "G3", "decision"), new DecideIncentiveBody(400_000.50m, "管委会会同区人力社保局认定意见"));
        (await platform.LedgersAsync(id)).Incentive("G3")!.DecidedBy.ShouldBe(DecisionAuthority.ParkCommittee);
    }

    [Fact]
    public async Task Amounts_paid_never_exceed_the_amounts_decided_and_refused_steps_write_nothing()
    {
        var id = await platform.SignAsync("91500119MA5EF0B27C", "NCGYY-2025-302");
        platform.SetTime(Time("2025-04-10 10:00"));
        (await platform.Post(ParkCommittee, Item(id, "G2", "review"), Review with { ConfirmedAmount = 1_300_000m }, 409).Read<ProblemDetails>())
            .Detail.ShouldBe("兑现事项G2：合计1300000元，超过协议约定金额1200000元 / item G2: 1300000 CNY in all is more than the committed amount (1200000 CNY).");
        await platform.Post(ParkCommittee, Item(id, "G2", "review"), Review);
        await platform.Post(TestActors.BusinessOffice, Item(id, "G2", "decision"), new DecideIncentiveBody(1_000_000m, "领导小组2025年第2次会议纪要"));
        await platform.Post(Finance, Item(id, "G2", "funds"), new ScheduleFundsBody(1_100_000m, new DateOnly(2025, 4, 30)), 409);
        await platform.Post(Finance, Item(id, "G2", "funds"), new ScheduleFundsBody(600_000m, new DateOnly(2025, 4, 30)));
        await platform.Post(Finance, Item(id, "G2", "payments"), new RecordPaymentBody(700_000m, new DateOnly(2025, 4, 10), "V-1"), 409);
        await platform.Post(Finance, Item(id, "G2", "payments"), new RecordPaymentBody(600_000m, new DateOnly(2025, 4, 10), "V-1"));
        await platform.Post(Finance, Item(id, "G2", "funds"), new ScheduleFundsBody(400_000m, new DateOnly(2025, 5, 30)));

        var before = await platform.EventCountAsync();
        (await platform.Post(Finance, Item(id, "G2", "payments"), new RecordPaymentBody(400_000.01m, new DateOnly(2025, 4, 10), "V-2"), 409).Read<ProblemDetails>())
            .Detail!.ShouldStartWith("兑现事项G2：合计1000000.01元，超过审定金额1000000元 / ");
        (await platform.Post(Finance, Item(id, "G2", "payments"), new RecordPaymentBody(null, new DateOnly(2025, 4, 11), " "), 400).Read<ValidationProblemDetails>())
            .Errors.Keys.Order().ShouldBe(["amount", "paidOn", "voucher"]);
        await platform.Post(ParkCommittee, Item(id, "G2", "payments"), new RecordPaymentBody(400_000m, new DateOnly(2025, 4, 10), "V-2"), 403);
        await platform.Post(EnterpriseUser("91500119MA5EF0B27C"), Item(id, "G2", "payments"), new RecordPaymentBody(400_000m, new DateOnly(2025, 4, 10), "V-2"), 403);
        await platform.Post(Economy, Item(id, "G1", "review"), Review, 403);
        await platform.Post(TestActors.BusinessOffice, Item(id, "G9", "decision"), new DecideIncentiveBody(1m, "会议"), 404);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Finance, Item(id, "G2", "payments"), new RecordPaymentBody(400_000m, new DateOnly(2025, 4, 10), "V-2"));
        var g2 = (await platform.LedgersAsync(id)).Incentive("G2")!;
        (g2.Status, g2.Paid, g2.Decision!.Amount, g2.Owed).ShouldBe((IncentiveStatus.Paid, 1_000_000m, 1_000_000m, 0m));
        await platform.Post(Finance, Item(id, "G2", "payments"), new RecordPaymentBody(1m, new DateOnly(2025, 4, 10), "V-3"), 409);
    }
}
