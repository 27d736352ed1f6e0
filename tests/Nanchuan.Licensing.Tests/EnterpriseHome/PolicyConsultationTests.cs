using Alba;
using Nanchuan.Incentives.Signing;
using Nanchuan.Licensing.EnterpriseHome.Policies;
using Nanchuan.Testing;
using static Nanchuan.Licensing.Tests.EnterpriseHome.MeetingHall;

namespace Nanchuan.Licensing.Tests.EnterpriseHome;

/// <summary>企业之家 惠企政策咨询 (issue 23 point 2; ADR 0111): questions and answers linked to the enterprise's policies in the Incentives module.</summary>
[Collection(LicensingCollection.Name)]
public sealed class PolicyConsultationTests(LicensingHost platform)
{
    private const string Route = "/api/licensing/enterprise-home/policy-consultations";
    private const string Code = "91500119MA5U8XRB98";

    /// <summary>An investment agreement of <paramref name="creditCode"/> recorded by the park committee, with items G1 (under the agreement) and G3 (稳岗就业补贴政策).</summary>
    private async Task<Guid> AgreementAsync(string number, string creditCode = Code)
    {
        var result = await platform.Post(TestActors.HandlerOf("工业园区管委会"), "/api/incentives/agreements",
            RecordAgreementRequest.Example with { Number = number, CreditCode = creditCode }, 201);
        return (await result.ReadAsJsonAsync<AgreementRecordedResponse>()).Id;
    }

    [Fact]
    public async Task An_enterprise_asks_online_about_its_policies_and_the_desk_answers_once()
    {
        platform.SetShanghaiTime(2026, 6, 1, 10, 0);
        var agreement = await AgreementAsync("NCGYY-2026-P01");

        var asked = await platform.PostAsync<PolicyConsultation>(Route,
            new AskPolicyQuestionRequest(Code, "重庆南川示例科技有限公司", "  稳岗就业补贴何时可以兑现？ ", [new(agreement, "G3")]), TestActors.Enterprise);
        asked.Question.ShouldBe("稳岗就业补贴何时可以兑现？");
        (asked.Channel, asked.Answered).ShouldBe(("web", false));
        asked.Policies.ShouldHaveSingleItem().ShouldBe(new LinkedPolicy(agreement, "NCGYY-2026-P01", "G3", "南川区稳岗就业补贴政策", "新增就业补贴", 400_000m, "未到兑现条件"));

        var answered = await platform.PostAsync<PolicyConsultation>($"{Route}/{asked.Id}/answer",
            new AnswerPolicyQuestionBody("新增就业达到200人并经管委会确认后即转为应兑未兑", [new(agreement, "G1"), new(agreement, "G3")]), TestActors.WindowClerk);
        answered.Answer.ShouldBe("新增就业达到200人并经管委会确认后即转为应兑未兑");
        answered.AnsweredByDepartment.ShouldBe("区政务服务中心");
        answered.Policies.Select(p => (p.ItemCode, p.Policy)).ShouldBe([("G3", "南川区稳岗就业补贴政策"), ("G1", "招商签约协议NCGYY-2026-P01")]);
        await platform.PostAsync<PolicyConsultation>($"{Route}/{asked.Id}/answer", new AnswerPolicyQuestionBody("再答", null), TestActors.BusinessOffice, 409);

        (await platform.GetAsync<PolicyConsultation>($"{Route}/{asked.Id}", TestActors.Enterprise)).Answered.ShouldBeTrue();
        await platform.GetAsync<PolicyConsultation>($"{Route}/{asked.Id}", OtherEnterprise, 403);
        (await platform.GetAsync<List<PolicyConsultation>>(Route, TestActors.Enterprise)).ShouldAllBe(c => c.CreditCode == Code);
        (await platform.GetAsync<List<PolicyConsultation>>(Route, OtherEnterprise)).ShouldNotContain(c => c.Id == asked.Id);
        (await platform.GetAsync<List<PolicyConsultation>>(Route, TestActors.BusinessOffice)).ShouldContain(c => c.Id == asked.Id);
    }

    [Fact]
    public async Task A_question_without_a_policy_is_recorded_at_the_desk_and_a_department_answers_it()
    {
        platform.SetShanghaiTime(2026, 6, 2, 10, 0);
        var asked = await platform.PostAsync<PolicyConsultation>(Route,
            new AskPolicyQuestionRequest(OtherEnterprise.CreditCode, "重庆示例贸易有限公司", "小微企业有哪些税费减免政策？", null), TestActors.WindowClerk);
        (asked.Channel, asked.AskedBy, asked.Policies.Count).ShouldBe(("window", TestActors.WindowClerk.Name, 0));
        var answered = await platform.PostAsync<PolicyConsultation>($"{Route}/{asked.Id}/answer",
            new AnswerPolicyQuestionBody("可享受增值税小规模纳税人减免等政策", null), TestActors.HandlerOf("区税务局"));
        answered.AnsweredByDepartment.ShouldBe("区税务局");
    }

    [Fact]
    public async Task Bad_input_and_policies_not_of_the_enterprise_are_a_400_per_field_and_nothing_is_written()
    {
        platform.SetShanghaiTime(2026, 6, 3, 10, 0);
        var agreement = await AgreementAsync("NCGYY-2026-P02");
        var others = await AgreementAsync("NCGYY-2026-P03", OtherEnterprise.CreditCode!);
        var before = await platform.EventCountAsync<PolicyQuestionAsked>();

        var empty = await platform.RejectedAsync(Route, new { }, TestActors.WindowClerk, 400);
        foreach (var field in new[] { "creditCode", "enterpriseName", "question" }) empty.ShouldContain($"\"{field}\"");
        var wrong = await platform.RejectedAsync(Route, new AskPolicyQuestionRequest(Code, "重庆南川示例科技有限公司", "问题",
            [new(Guid.NewGuid(), "G1"), new(agreement, "G9"), new(others, "G3"), new(agreement, null), new(agreement, "G1"), new(agreement, "G1")]), TestActors.Enterprise, 400);
        foreach (var field in new[] { "policies[0]", "policies[1]", "policies[2]", "policies[3]", "policies[5]" }) wrong.ShouldContain($"\"{field}\"");
        wrong.ShouldNotContain("\"policies[4]\"");
        wrong.ShouldContain("兑现事项G3不属于该企业");
        wrong.ShouldContain("双兑现台账中没有该兑现事项（G9）");

        (await platform.EventCountAsync<PolicyQuestionAsked>()).ShouldBe(before);
    }

    [Fact]
    public async Task Only_the_enterprise_itself_or_the_desk_asks_and_only_staff_answer()
    {
        platform.SetShanghaiTime(2026, 6, 4, 10, 0);
        var question = new AskPolicyQuestionRequest(Code, "重庆南川示例科技有限公司", "问题", null);
        await platform.PostAsync<PolicyConsultation>(Route, question with { CreditCode = OtherEnterprise.CreditCode }, TestActors.Enterprise, 403);
        foreach (var actor in new[] { TestActors.MarketRegulator, TestActors.BusinessOffice, TestActors.Supervisor })
            await platform.PostAsync<PolicyConsultation>(Route, question, actor, 403);
        var asked = await platform.PostAsync<PolicyConsultation>(Route, question, TestActors.Enterprise);
        foreach (var actor in new[] { TestActors.Enterprise, TestActors.Supervisor, TestActors.Admin })
            await platform.PostAsync<PolicyConsultation>($"{Route}/{asked.Id}/answer", new AnswerPolicyQuestionBody("答复", null), actor, 403);
        (await platform.RejectedAsync($"{Route}/{asked.Id}/answer", new { }, TestActors.WindowClerk, 400)).ShouldContain("\"answer\"");
        (await platform.EventsAsync(asked.Id)).ShouldHaveSingleItem();
    }
}
