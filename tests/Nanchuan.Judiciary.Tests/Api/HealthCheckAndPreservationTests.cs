using Nanchuan.Judiciary.HealthCheck;
using Nanchuan.Judiciary.Preservations;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>法治体检 joint consultations (one matter at a time) and preservation secured by cash or a guarantee policy (保全+保险).</summary>
[Collection(JudiciaryCollection.Name)]
public sealed class HealthCheckAndPreservationTests(JudiciaryHost platform)
{
    private static readonly HoldConsultationBody Consultation = new("被告企业因土地手续未完善无法融资偿付货款", ["区规划自然资源局", "区经济信息委"],
        ["陈法官（区法院）", "刘科长（区规划自然资源局）", "赵科长（区经济信息委）"], "指导补办不动产登记后抵押融资，分期偿付");

    [Fact]
    public async Task The_court_convenes_the_departments_on_one_matter_and_records_who_took_part_and_the_plan_agreed()
    {
        platform.SetTime(Time("2026-09-22 15:00"));
        var id = await platform.FileAsync(Codes[9]);
        await platform.Post(Court, $"{Cases}/{id}/consultations", Consultation);

        var held = (await platform.Get(TestActors.BusinessOffice, $"{Cases}/{id}").Read<DisputeCase>()).Consultations.Single();
        (held.Matter, held.Plan, held.HeldAt).ShouldBe(("被告企业因土地手续未完善无法融资偿付货款", "指导补办不动产登记后抵押融资，分期偿付", Time("2026-09-22 15:00")));
        held.Departments.ShouldBe(["区规划自然资源局", "区经济信息委"]);
        held.Participants.Count.ShouldBe(3);

        var before = await platform.EventCountAsync();
        (await platform.Post(Court, $"{Cases}/{id}/consultations", Consultation with { Plan = "另一方案" }, 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("该事项已会商");
        var problem = await platform.Post(Court, $"{Cases}/{id}/consultations", new HoldConsultationBody(" ", [Units.Court], ["陈法官"], null), 400)
            .Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["matter", "departments", "participants", "plan"], ignoreOrder: true);
        await platform.Post(Market, $"{Cases}/{id}/consultations", Consultation with { Matter = "另一事项" }, 403);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Court, $"{Cases}/{id}/consultations", Consultation with { Matter = "企业拖欠社保费用影响信用修复" });
        (await platform.Get(Court, $"{Cases}/{id}").Read<DisputeCase>()).Consultations.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_preservation_records_its_security_a_guarantee_policy_with_insurer_and_policy_number_or_a_cash_deposit()
    {
        platform.SetTime(Time("2026-09-22 16:00"));
        var id = await platform.FileAsync(Codes[10], stage: DisputeStage.PreLitigation);
        await platform.Post(EnterpriseUser(Codes[10]), $"{Cases}/{id}/preservations",
            new ApplyForPreservationBody(480000m, PreservationSecurity.GuaranteePolicy, "中国人民财产保险股份有限公司重庆市南川支公司", "PICC-BQ-2026-000123"));
        await platform.Post(Court, $"{Cases}/{id}/preservations", new ApplyForPreservationBody(50000.50m, PreservationSecurity.CashDeposit, null, null));

        var preservations = (await platform.Get(EnterpriseUser(Codes[10]), $"{Cases}/{id}").Read<DisputeCase>()).Preservations;
        preservations.Select(p => (p.Amount, p.Security, p.Insurer, p.PolicyNumber)).ShouldBe(
        [
            (480000m, PreservationSecurity.GuaranteePolicy, "中国人民财产保险股份有限公司重庆市南川支公司", "PICC-BQ-2026-000123"),
            (50000.50m, PreservationSecurity.CashDeposit, null, null),
        ]);
        (await platform.SqlRowsAsync($"select security, insurer, policy_number, amount from judiciary.preservation_rows where case_id = '{id}' order by amount"))
            .ShouldBe(["cashDeposit|||50000.50", "guaranteePolicy|中国人民财产保险股份有限公司重庆市南川支公司|PICC-BQ-2026-000123|480000"]);
    }

    [Fact]
    public async Task A_guarantee_policy_without_insurer_or_number_a_cash_deposit_with_them_or_no_amount_is_400_and_others_are_403()
    {
        platform.SetTime(Time("2026-09-22 16:30"));
        var id = await platform.FileAsync(Codes[11]);
        var before = await platform.EventCountAsync();
        (await platform.Post(Court, $"{Cases}/{id}/preservations", new ApplyForPreservationBody(0m, PreservationSecurity.GuaranteePolicy, " ", null), 400)
            .Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["amount", "insurer", "policyNumber"], ignoreOrder: true);
        (await platform.Post(Court, $"{Cases}/{id}/preservations", new ApplyForPreservationBody(1000m, PreservationSecurity.CashDeposit, "某保险公司", "P-1"), 400)
            .Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["insurer", "policyNumber"], ignoreOrder: true);
        (await platform.Post(Court, $"{Cases}/{id}/preservations", new ApplyForPreservationBody(1000m, null, null, null), 400)
            .Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["security"]);
        await platform.Post(EnterpriseUser(Codes[12]), $"{Cases}/{id}/preservations", new ApplyForPreservationBody(1000m, PreservationSecurity.CashDeposit, null, null), 403);
        await platform.Post(Centre, $"{Cases}/{id}/preservations", new ApplyForPreservationBody(1000m, PreservationSecurity.CashDeposit, null, null), 403);
        (await platform.EventCountAsync()).ShouldBe(before);
    }
}
