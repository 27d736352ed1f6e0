using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Licensing.FinancialStreet.Accounts;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests.FinancialStreet;

/// <summary>开户设立 at the seven banks of the financial street (issue 23 point 2; ADR 0112).</summary>
[Collection(LicensingCollection.Name)]
public sealed class BankAccountTests(LicensingHost platform)
{
    private const string Route = "/api/licensing/financial-street/account-openings";

    /// <summary>A valid credit code of 南川区 of its own for each test (the accounts are one stream per enterprise).</summary>
    private static string CodeFor(string organisation8) =>
        UnifiedSocialCreditCode.FromBody($"91500119{organisation8}{UnifiedSocialCreditCode.OrganisationCheckCharacter(organisation8)}").Value;

    private static RequestBankAccount Ask(string code, string bank, BankAccountKind kind) => new(code, "重庆南川开户示例有限公司", bank, kind);

    [Fact]
    public async Task One_basic_account_per_enterprise_general_accounts_beside_it_and_only_the_bank_asked_answers()
    {
        platform.SetShanghaiTime(2026, 3, 2, 10, 0);
        var code = CodeFor("MA6ACC01");
        var enterprise = TestActors.Enterprise with { Id = "ent-acc-1", CreditCode = code };

        var first = await platform.PostAsync<BankAccounts>(Route, Ask(code, "三峡银行", BankAccountKind.Basic), enterprise);
        first.Openings.ShouldHaveSingleItem().ShouldSatisfyAllConditions(o => o.Number.ShouldBe(1), o => o.Channel.ShouldBe("web"),
            o => o.Status.ShouldBe(AccountOpeningStatus.Requested));
        var second = await platform.RejectedAsync(Route, Ask(code, "建设银行", BankAccountKind.Basic), enterprise, 409);
        second.ShouldContain("三峡银行基本存款账户待银行办理");
        second.ShouldContain("一个单位只能开立一个基本存款账户");
        (await platform.PostAsync<BankAccounts>(Route, Ask(code, "建设银行", BankAccountKind.General), TestActors.WindowClerk)).Openings.Count.ShouldBe(2);
        (await platform.RejectedAsync(Route, Ask(code, "建设银行", BankAccountKind.General), enterprise, 409)).ShouldContain("建设银行一般存款账户待银行办理");

        await platform.PostAsync<BankAccounts>($"{Route}/{code}/1/answer", new AnswerBankAccount(true, null), HallApi.Bank("建设银行"), 403);
        await platform.PostAsync<BankAccounts>($"{Route}/{code}/1/answer", new AnswerBankAccount(true, null), enterprise, 403);
        (await platform.RejectedAsync($"{Route}/{code}/1/answer", new AnswerBankAccount(false, " "), HallApi.Bank("三峡银行"), 400)).ShouldContain("\"reason\"");
        (await platform.RejectedAsync($"{Route}/{code}/1/answer", new { }, HallApi.Bank("三峡银行"), 400)).ShouldContain("\"opened\"");
        await platform.PostAsync<BankAccounts>($"{Route}/{code}/9/answer", new AnswerBankAccount(true, null), HallApi.Bank("三峡银行"), 404);
        var declined = await platform.PostAsync<BankAccounts>($"{Route}/{code}/1/answer", new AnswerBankAccount(false, "法定代表人未到场核实身份"), HallApi.Bank("三峡银行"));
        (declined.Openings[0].Status, declined.Openings[0].Reason).ShouldBe((AccountOpeningStatus.Declined, "法定代表人未到场核实身份"));

        var again = await platform.PostAsync<BankAccounts>(Route, Ask(code, "工商银行", BankAccountKind.Basic), enterprise);
        again.Openings.Last().Number.ShouldBe(3);
        var opened = await platform.PostAsync<BankAccounts>($"{Route}/{code}/3/answer", new AnswerBankAccount(true, null), HallApi.Bank("工商银行"));
        opened.Openings.Last().Status.ShouldBe(AccountOpeningStatus.Opened);
        await platform.PostAsync<BankAccounts>($"{Route}/{code}/3/answer", new AnswerBankAccount(false, "重复"), HallApi.Bank("工商银行"), 409);
        (await platform.RejectedAsync(Route, Ask(code, "哈尔滨银行", BankAccountKind.Basic), enterprise, 409)).ShouldContain("工商银行基本存款账户已开户");

        (await platform.GetAsync<BankAccounts>($"{Route}/{code}", enterprise)).Openings.Count.ShouldBe(3);
        (await platform.GetAsync<BankAccounts>($"{Route}/{code}", HallApi.Bank("建设银行"))).Openings.ShouldHaveSingleItem().Kind.ShouldBe(BankAccountKind.General);
        await platform.GetAsync<BankAccounts>($"{Route}/{code}", TestActors.Enterprise, 403);
        await platform.GetAsync<BankAccounts>($"{Route}/{CodeFor("MA6ACC99")}", TestActors.BusinessOffice, 404);
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_every_field_error_and_nothing_is_written()
    {
        platform.SetShanghaiTime(2026, 3, 3, 10, 0);
        var code = CodeFor("MA6ACC02");
        var before = await platform.EventCountAsync<BankAccountRequested>();

        var empty = await platform.RejectedAsync(Route, new { }, TestActors.WindowClerk, 400);
        foreach (var field in new[] { "creditCode", "enterpriseName", "bank", "kind" }) empty.ShouldContain($"\"{field}\"");
        (await platform.RejectedAsync(Route, Ask(code, "招商银行", BankAccountKind.Basic), TestActors.WindowClerk, 400)).ShouldContain("金融街无此银行：招商银行");
        (await platform.RejectedAsync(Route, new { creditCode = code, enterpriseName = "企业", bank = "中国银行", kind = "savings" }, TestActors.WindowClerk, 400))
            .ShouldContain("kind");
        await platform.PostAsync<BankAccounts>(Route, Ask(code, "中国银行", BankAccountKind.Basic), TestActors.Enterprise, 403);
        await platform.PostAsync<BankAccounts>(Route, Ask(code, "中国银行", BankAccountKind.Basic), HallApi.Bank("中国银行"), 403);

        (await platform.EventCountAsync<BankAccountRequested>()).ShouldBe(before);
    }

    [Fact]
    public async Task Two_basic_account_requests_of_one_enterprise_at_once_give_one_200_and_one_409()
    {
        platform.SetShanghaiTime(2026, 3, 4, 10, 0);
        var code = CodeFor("MA6ACC03");
        var results = await Task.WhenAll(
            platform.PostRawAsync(Route, Ask(code, "农业银行", BankAccountKind.Basic), TestActors.WindowClerk),
            platform.PostRawAsync(Route, Ask(code, "石银村镇银行", BankAccountKind.Basic), TestActors.WindowClerk));

        results.Select(r => r.Context.Response.StatusCode).OrderBy(c => c).ShouldBe([200, 409]);
        (await platform.GetAsync<BankAccounts>($"{Route}/{code}", TestActors.BusinessOffice)).Openings.ShouldHaveSingleItem();
    }
}
