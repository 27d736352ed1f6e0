using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Licensing.Reports;
using Nanchuan.Licensing.FinancialStreet;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class FinancingDecisionTests
{
    private static readonly IReadOnlyList<StreetBank> Street = new FinancialStreetOptions().EffectiveBanks;
    private static readonly UnifiedSocialCreditCode Code = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);
    private static readonly DateTimeOffset Nine = new(2031, 4, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_seven_banks_of_the_seed_and_a_request_routed_to_each_chosen_one()
    {
        Street.Select(b => b.Name).ShouldBe(["建设银行", "农业银行", "工商银行", "中国银行", "三峡银行", "石银村镇银行", "哈尔滨银行"]);
        var (request, referrals) = FinancingDecisions.Lodge(Guid.NewGuid(), new LodgeFinancingRequest(Code, "示例", 500000m, "设备", "小微企业贷", ["建设银行", "三峡银行"]), Street, Nine);
        request.Banks.ShouldBe(["建设银行", "三峡银行"]);
        referrals.Select(r => (r.Bank, r.Amount)).ShouldBe([("建设银行", 500000m), ("三峡银行", 500000m)]);
        referrals.Select(r => r.ReferralId).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Invalid_requests_name_every_field()
    {
        Errors(new LodgeFinancingRequest(Code, " ", 0, "", "贷款", [])).Keys.ShouldBe(["enterpriseName", "amount", "purpose", "product", "banks"], ignoreOrder: true);
        Errors(new LodgeFinancingRequest(Code, "示例", 100.005m, "设备", "创业贷", ["三峡银行"])).Keys.ShouldBe(["amount"]);
        Errors(new LodgeFinancingRequest(Code, "示例", 100m, "设备", "创业贷", ["三峡银行", "三峡银行"]))["banks"][0].ShouldContain("重复");
        Errors(new LodgeFinancingRequest(Code, "示例", 100m, "设备", "创业贷", ["渣打银行"]))["banks"][0].ShouldContain("渣打银行");
        Errors(new LodgeFinancingRequest(Code, "示例", 100m, "设备", "创业贷", ["三峡银行", "工商银行"]))["banks"][0].ShouldStartWith("工商银行不提供创业贷");
    }

    [Fact]
    public void A_bank_answers_its_own_referral_once_and_the_clock_stops_at_its_first_answer()
    {
        var referral = new FinancingReferral();
        referral.Apply(new FinancingReferred(Guid.NewGuid(), Guid.NewGuid(), "建设银行", Code, "示例", 500000m, "设备", "快e贷", Nine));
        Should.Throw<AccessDeniedException>(() => FinancingDecisions.Answer(referral, "农业银行", new AnswerFinancingRequest(BankAnswer.TakeUp, null, null), Nine));
        referral.Apply((FinancingTakenUp)FinancingDecisions.Answer(referral, "建设银行", new AnswerFinancingRequest(BankAnswer.TakeUp, null, null), Nine.AddHours(2.5)));
        Should.Throw<InvalidStateTransitionException>(() => FinancingDecisions.Answer(referral, "建设银行", new AnswerFinancingRequest(BankAnswer.TakeUp, null, null), Nine));
        Should.Throw<DomainValidationException>(() => FinancingDecisions.Answer(referral, "建设银行", new AnswerFinancingRequest(BankAnswer.Approve, 500000.01m, null), Nine))
            .Errors.Keys.ShouldBe(["approvedAmount"]);
        Should.Throw<DomainValidationException>(() => FinancingDecisions.Answer(referral, "建设银行", new AnswerFinancingRequest(BankAnswer.Decline, null, " "), Nine))
            .Errors.Keys.ShouldBe(["reason"]);
        referral.Apply((FinancingApproved)FinancingDecisions.Answer(referral, "建设银行", new AnswerFinancingRequest(BankAnswer.Approve, 400000m, null), Nine.AddDays(1)));
        (referral.Status, referral.ApprovedAmount, referral.HoursToAnswer).ShouldBe((ReferralStatus.Approved, 400000m, 2.5m));
        Should.Throw<InvalidStateTransitionException>(() => FinancingDecisions.Answer(referral, "建设银行", new AnswerFinancingRequest(BankAnswer.Decline, null, "额度已满"), Nine))
            .CurrentState.ShouldBe("已审批通过");
    }

    private static IReadOnlyDictionary<string, string[]> Errors(LodgeFinancingRequest command) =>
        Should.Throw<DomainValidationException>(() => FinancingDecisions.Lodge(Guid.NewGuid(), command, Street, Nine)).Errors;
}

[Collection(LicensingCollection.Name)]
public sealed class FinancialStreetApiTests(LicensingHost platform)
{
    private static readonly UnifiedSocialCreditCode Own = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);
    private static readonly BuildingBlocks.Actors.Actor OtherEnterprise = TestActors.Enterprise with { Id = "ent-2", CreditCode = "914403001922038216" };

    [Fact]
    public async Task Each_chosen_bank_answers_in_its_own_time_and_the_report_counts_it_per_bank()
    {
        platform.SetShanghaiTime(2031, 4, 1, 9, 0);
        var lodged = await platform.PostAsync<FinancingRequestView>("/api/licensing/financial-street/requests",
            new LodgeFinancingRequest(Own, "重庆南川示例科技有限公司", 500000m, "购置茶叶加工设备", "小微企业贷", ["建设银行", "中国银行"]), TestActors.Enterprise);
        lodged.Answers.Select(a => (a.Bank, a.Status)).ShouldBe([("建设银行", ReferralStatus.Awaiting), ("中国银行", ReferralStatus.Awaiting)]);
        var ccb = lodged.Answers[0].Id;
        var boc = lodged.Answers[1].Id;

        (await platform.GetAsync<List<FinancingReferral>>("/api/licensing/financial-street/referrals", HallApi.Bank("建设银行"))).ShouldAllBe(r => r.Bank == "建设银行");
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{ccb}/answer", new AnswerFinancingRequest(BankAnswer.TakeUp, null, null), HallApi.Bank("农业银行"), 403);
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{ccb}/answer", new AnswerFinancingRequest(BankAnswer.TakeUp, null, null), TestActors.WindowClerk, 403);

        platform.SetShanghaiTime(2031, 4, 1, 11, 30);
        (await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{ccb}/answer", new AnswerFinancingRequest(BankAnswer.TakeUp, null, null), HallApi.Bank("建设银行")))
            .HoursToAnswer.ShouldBe(2.5m);
        platform.SetShanghaiTime(2031, 4, 1, 15, 0);
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{boc}/answer", new AnswerFinancingRequest(BankAnswer.Decline, null, "经营年限不足一年"), HallApi.Bank("中国银行"));
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{boc}/answer", new AnswerFinancingRequest(BankAnswer.Approve, 100000m, null), HallApi.Bank("中国银行"), 409);
        platform.SetShanghaiTime(2031, 4, 2, 9, 0);
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{ccb}/answer", new AnswerFinancingRequest(BankAnswer.Approve, 600000m, null), HallApi.Bank("建设银行"), 400);
        var approved = await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{ccb}/answer", new AnswerFinancingRequest(BankAnswer.Approve, 400000m, null), HallApi.Bank("建设银行"));
        (approved.Status, approved.ApprovedAmount, approved.HoursToAnswer).ShouldBe((ReferralStatus.Approved, 400000m, 2.5m));

        var view = await platform.GetAsync<FinancingRequestView>($"/api/licensing/financial-street/requests/{lodged.Request.Id}", TestActors.Enterprise);
        view.Answers.Select(a => (a.Bank, a.Status, a.HoursToAnswer)).ShouldBe([("建设银行", ReferralStatus.Approved, 2.5m), ("中国银行", ReferralStatus.Declined, 6m)]);
        await platform.GetRawAsync($"/api/licensing/financial-street/requests/{lodged.Request.Id}", OtherEnterprise, 403);
        await platform.GetRawAsync($"/api/licensing/financial-street/requests/{lodged.Request.Id}", HallApi.Bank("建设银行"), 403);
        (await platform.GetAsync<List<FinancingRequest>>("/api/licensing/financial-street/requests", OtherEnterprise)).ShouldBeEmpty();
        (await platform.GetAsync<List<FinancingRequest>>("/api/licensing/financial-street/requests", TestActors.Enterprise)).ShouldContain(r => r.Id == lodged.Request.Id);

        var report = await platform.GetAsync<List<BankFigures>>("/api/licensing/financial-street/report", TestActors.BusinessOffice);
        report.Count.ShouldBe(7);
        report.Single(r => r.Bank == "建设银行").ShouldBe(new BankFigures("建设银行", 1, 1, 0, 1, 0, 400000m, 2.5m));
        report.Single(r => r.Bank == "中国银行").ShouldBe(new BankFigures("中国银行", 1, 1, 0, 0, 1, 0m, 6m));
        (await (await platform.GetRawAsync("/api/licensing/financial-street/report?format=csv", TestActors.Supervisor)).ReadAsTextAsync()).ShouldContain("建设银行,1,1,0,1,0,400000,2.5");
        await platform.GetRawAsync("/api/licensing/financial-street/report", HallApi.Bank("建设银行"), 403);
    }

    [Fact]
    public async Task Invalid_or_foreign_requests_write_nothing()
    {
        var before = await platform.SqlRowsAsync("select count(*) from licensing.financing_referral_rows");
        var bad = await platform.PostRawAsync("/api/licensing/financial-street/requests",
            new LodgeFinancingRequest(Own, "示例", -1m, "设备", "创业贷", ["工商银行"]), TestActors.Enterprise);
        bad.Context.Response.StatusCode.ShouldBe(400);
        var problem = await bad.ReadAsTextAsync();
        problem.ShouldContain("amount");
        problem.ShouldContain("工商银行不提供创业贷");
        await platform.PostAsync<FinancingRequestView>("/api/licensing/financial-street/requests",
            new LodgeFinancingRequest(Own, "示例", 1000m, "设备", "创业贷", ["三峡银行"]), OtherEnterprise, 403);
        await platform.PostAsync<FinancingRequestView>("/api/licensing/financial-street/requests",
            new LodgeFinancingRequest(Own, "示例", 1000m, "设备", "创业贷", ["三峡银行"]), HallApi.Bank("三峡银行"), 403);
        (await platform.SqlRowsAsync("select count(*) from licensing.financing_referral_rows")).ShouldBe(before);
    }

    [Fact]
    public async Task Two_simultaneous_answers_of_one_bank_one_wins_the_other_is_a_conflict()
    {
        platform.SetShanghaiTime(2031, 4, 3, 9, 0);
        var lodged = await platform.PostAsync<FinancingRequestView>("/api/licensing/financial-street/requests",
            new LodgeFinancingRequest(Own, "重庆南川示例科技有限公司", 200000m, "流动资金", "创业贷", ["石银村镇银行"]), TestActors.WindowClerk);
        var url = $"/api/licensing/financial-street/referrals/{lodged.Answers[0].Id}/answer";
        var results = await Task.WhenAll(
            platform.PostRawAsync(url, new AnswerFinancingRequest(BankAnswer.Approve, 200000m, null), HallApi.Bank("石银村镇银行")),
            platform.PostRawAsync(url, new AnswerFinancingRequest(BankAnswer.Decline, null, "抵押不足"), HallApi.Bank("石银村镇银行")));
        results.Select(r => r.Context.Response.StatusCode).OrderBy(c => c).ShouldBe([200, 409]);
        (await platform.SqlRowsAsync($"select status from licensing.financing_referral_rows where referral_id = '{lodged.Answers[0].Id}'")).Single().ShouldBeOneOf("approved", "declined");
    }

    [Fact]
    public async Task Rebuilding_the_referral_table_from_the_events_gives_the_live_rows()
    {
        platform.SetShanghaiTime(2031, 4, 4, 9, 0);
        var lodged = await platform.PostAsync<FinancingRequestView>("/api/licensing/financial-street/requests",
            new LodgeFinancingRequest(Own, "重庆南川示例科技有限公司", 300000m, "扩大生产", "信用贷", ["哈尔滨银行", "工商银行"]), TestActors.Enterprise);
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{lodged.Answers[0].Id}/answer",
            new AnswerFinancingRequest(BankAnswer.TakeUp, null, null), HallApi.Bank("哈尔滨银行"));
        await platform.PostAsync<FinancingReferral>($"/api/licensing/financial-street/referrals/{lodged.Answers[0].Id}/answer",
            new AnswerFinancingRequest(BankAnswer.Approve, 250000.5m, null), HallApi.Bank("哈尔滨银行"));

        const string rows = "select concat_ws('|', referral_id, request_id, bank, credit_code, product, amount, referred_at, status, first_answered_at, decided_at, approved_amount, decline_reason) " +
                            "from licensing.financing_referral_rows order by referral_id";
        var live = await platform.SqlRowsAsync(rows);
        live.ShouldContain(r => r.StartsWith($"{lodged.Answers[0].Id}|{lodged.Request.Id}|哈尔滨银行|{Own.Value}|信用贷|300000.00|") && r.Contains("|approved|") && r.EndsWith("|250000.50"));
        await platform.ShouldRebuildToTheLiveRowsAsync<FinancingReferralTable>(LicensingTables.FinancingReferralRows);
    }
}
