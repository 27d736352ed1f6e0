using Marten;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Licensing.StaffAssessment.Rulebook;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>The assessment's rules through the API (ADR 0114) and the model posts (ADR 0115), with their report tables.</summary>
[Collection(LicensingCollection.Name)]
public sealed class RulebookApiTests(LicensingHost platform)
{
    private const string Rules = "/api/licensing/staff/rules";

    private async Task<long> RulebookVersionAsync()
    {
        await using var query = platform.Store().QuerySession();
        return (await query.Events.FetchStreamStateAsync(AssessmentRulebook.StreamId))!.Version;
    }

    [Fact]
    public async Task Every_signed_in_role_reads_the_seeds_rules_and_only_the_halls_management_changes_them()
    {
        platform.SetShanghaiTime(2031, 5, 6, 10, 0);
        foreach (var reader in new[] { TestActors.WindowClerk, TestActors.Enterprise, TestActors.MarketRegulator, TestActors.Supervisor })
        {
            var view = await platform.GetAsync<RulebookView>(Rules, reader);
            view.Rules.Select(r => r.Code).ShouldContain("B4");
            view.Rules.Single(r => r.Code == "B4").ShouldSatisfyAllConditions(r => r.Title.ShouldBe("不吃拿卡要"), r => r.Points.ShouldBe(10), r => r.Source.ShouldBe("seed-000"));
        }
        var version = await RulebookVersionAsync();
        foreach (var outsider in new[] { TestActors.WindowClerk, TestActors.Enterprise, TestActors.MarketRegulator, TestActors.Supervisor })
            await platform.PostAsync<CaseStepRecorded>(Rules, new AdoptAssessmentRule("F-ROLES", "窗口整洁", AssessmentRuleCategory.ServiceRequirement, 1), outsider, 403);
        await platform.PostAsync<CaseStepRecorded>(Rules, new AdoptAssessmentRule("F-BAD", "", AssessmentRuleCategory.ServiceRequirement, 0), TestActors.Admin, 400);
        await platform.PostAsync<CaseStepRecorded>($"{Rules}/B1/amendment", new AmendAssessmentRule("不迟到", 2, "无变化"), TestActors.Admin, 409);
        await platform.PostAsync<CaseStepRecorded>($"{Rules}/NOPE/retirement", new RetireAssessmentRule("不存在"), TestActors.Admin, 404);
        (await RulebookVersionAsync()).ShouldBe(version); // refused and bad input wrote nothing

        var adopted = await platform.PostAsync<CaseStepRecorded>(Rules, new AdoptAssessmentRule("F-ROLES", "窗口整洁", AssessmentRuleCategory.ServiceRequirement, 1), TestActors.Admin);
        adopted.Event.ShouldBe(nameof(AssessmentRuleAdopted));
        var recorded = (await platform.EventsAsync(AssessmentRulebook.StreamId)).OfType<AssessmentRuleAdopted>().Single(e => e.Code == "F-ROLES");
        (recorded.By, recorded.At).ShouldBe((new RuleChangedBy(TestActors.Admin.Id, TestActors.Admin.Name, TestActors.Admin.Role), new DateTimeOffset(2031, 5, 6, 10, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public async Task An_amendment_applies_from_its_moment_and_earlier_deductions_keep_the_revision_they_quoted()
    {
        platform.SetShanghaiTime(2031, 6, 2, 9, 0);
        await platform.PostAsync<CaseStepRecorded>(Rules, new AdoptAssessmentRule("F-API-1", "首问负责", AssessmentRuleCategory.ServiceRequirement, 2), TestActors.BusinessOffice);
        platform.SetShanghaiTime(2031, 6, 3, 9, 0);
        await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/rules-staff-1/deductions", new RecordDeduction("F-API-1", null, null), TestActors.BusinessOffice);
        platform.SetShanghaiTime(2031, 6, 4, 9, 0);
        await platform.PostAsync<CaseStepRecorded>($"{Rules}/F-API-1/amendment", new AmendAssessmentRule("首问负责、一次告知", 4, "六月考核办法修订"), TestActors.BusinessOffice);
        platform.SetShanghaiTime(2031, 6, 5, 9, 0);
        var month = await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/rules-staff-1/deductions", new RecordDeduction("F-API-1", null, null), TestActors.BusinessOffice);

        month.Deductions.Select(d => (d.Requirement, d.Points, d.Rule!.Revision)).ShouldBe([("首问负责", 2, 1), ("首问负责、一次告知", 4, 2)]);
        month.PointsDeducted.ShouldBe(6);
        (await platform.GetAsync<RulebookView>($"{Rules}?at=2031-06-03T12:00:00%2B08:00", TestActors.WindowClerk)).Rules.Single(r => r.Code == "F-API-1")
            .ShouldSatisfyAllConditions(r => r.Revision.ShouldBe(1), r => r.Points.ShouldBe(2));
        (await platform.GetAsync<RulebookView>(Rules, TestActors.WindowClerk)).Rules.Single(r => r.Code == "F-API-1").Revision.ShouldBe(2);

        await platform.PostAsync<CaseStepRecorded>($"{Rules}/F-API-1/retirement", new RetireAssessmentRule("并入B2不推诿"), TestActors.Admin);
        await platform.PostAsync<MonthlyAssessment>("/api/licensing/staff/rules-staff-1/deductions", new RecordDeduction("F-API-1", null, null), TestActors.BusinessOffice, 400);

        (await platform.SqlRowsAsync("select revision, title, points, category, to_char(in_force_from at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), in_force_until is null, changed_by_role, reason, retirement_reason from licensing.assessment_rules where code = 'F-API-1' order by revision"))
            .ShouldBe(["1|首问负责|2|serviceRequirement|2031-06-02 09:00|False|BusinessOffice||",
                       "2|首问负责、一次告知|4|serviceRequirement|2031-06-04 09:00|False|BusinessOffice|六月考核办法修订|并入B2不推诿"]);
        (await platform.SqlRowsAsync("select rule_code, rule_revision, points from licensing.staff_deduction_rows where staff_id = 'rules-staff-1' order by rule_revision"))
            .ShouldBe(["F-API-1|1|2", "F-API-1|2|4"]);
    }

    [Fact]
    public async Task A_complaint_against_a_party_member_model_post_is_noted_in_the_assessment_and_the_monthly_results()
    {
        platform.SetShanghaiTime(2031, 7, 7, 9, 0);
        const string Staff = "/api/licensing/staff/model-staff-1";
        await platform.PostAsync<MonthlyAssessment>($"{Staff}/model-post", new DesignateModelPost(ModelPostKind.PartyMember), TestActors.WindowClerk, 403);
        await platform.PostAsync<MonthlyAssessment>($"{Staff}/model-post", new DesignateModelPost(null), TestActors.BusinessOffice, 400);
        await using (var query = platform.Store().QuerySession())
            (await query.Events.FetchStreamStateAsync(StaffAssessmentDecisions.AssessmentIdFor("model-staff-1"))).ShouldBeNull();

        (await platform.PostAsync<MonthlyAssessment>($"{Staff}/model-post", new DesignateModelPost(ModelPostKind.PartyMember), TestActors.BusinessOffice))
            .ModelPost.ShouldBe(ModelPostKind.PartyMember);
        await platform.PostAsync<MonthlyAssessment>($"{Staff}/model-post", new DesignateModelPost(ModelPostKind.LeagueMember), TestActors.BusinessOffice, 409);
        (await platform.GetAsync<List<ModelPostHolder>>("/api/licensing/staff/model-posts", TestActors.WindowClerk))
            .ShouldContain(new ModelPostHolder("model-staff-1", ModelPostKind.PartyMember, "党员示范岗"));

        var month = await platform.PostAsync<MonthlyAssessment>($"{Staff}/deductions", new RecordDeduction(null, "群众找到党员，党员态度不好", 5), TestActors.BusinessOffice);
        month.Deductions.Single().ShouldSatisfyAllConditions(d => d.ModelPost.ShouldBe(ModelPostKind.PartyMember), d => d.ExplanationRequired.ShouldBeTrue());
        await platform.PostAsync<MonthlyAssessment>($"{Staff}/deductions", new RecordDeduction("B3", null, null), TestActors.BusinessOffice);
        (await platform.SqlRowsAsync("select points_deducted, complaints, model_post_complaints, explanations_outstanding from licensing.staff_monthly_results where staff_id = 'model-staff-1' and year = 2031 and month = 7"))
            .ShouldBe(["7|1|1|1"]);

        platform.SetShanghaiTime(2031, 7, 8, 9, 0);
        (await platform.PostAsync<MonthlyAssessment>($"{Staff}/model-post/withdrawal", new WithdrawModelPost("调离窗口岗位"), TestActors.Admin)).ModelPost.ShouldBeNull();
        (await platform.SqlRowsAsync("select kind, to_char(withdrawn_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') from licensing.staff_model_posts where staff_id = 'model-staff-1'")).ShouldBe(["partyMember|2031-07-08 09:00"]);
    }
}
