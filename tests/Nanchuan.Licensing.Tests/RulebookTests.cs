using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.Licensing.StaffAssessment;
using Nanchuan.Licensing.StaffAssessment.Rulebook;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>The staff assessment's rules as data (考核细则, ADR 0114) and the model posts (示范岗, ADR 0115): pure decisions.</summary>
public sealed class RulebookTests
{
    private static readonly Actor Office = TestActors.BusinessOffice;

    private static DateTimeOffset Shanghai(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The rulebook as the platform opens it: the seed's seven rules.</summary>
    public static AssessmentRulebook Seeded()
    {
        var book = new AssessmentRulebook();
        foreach (var adopted in SeedRules.Adopted()) book.Apply(adopted);
        return book;
    }

    private static AssessmentRulebook With(AssessmentRulebook book, object e)
    {
        switch (e)
        {
            case AssessmentRuleAdopted a: book.Apply(a); break;
            case AssessmentRuleAmended a: book.Apply(a); break;
            case AssessmentRuleRetired r: book.Apply(r); break;
        }
        return book;
    }

    [Fact]
    public void The_seed_names_4_of_the_ten_donts_3_of_the_ten_dos_and_none_of_the_20_odd_service_requirements()
    {
        var view = RulebookDecisions.View(Seeded(), Shanghai(2026, 10, 9));
        view.Rules.Select(r => $"{r.Code}:{r.Title}:{r.Points}").ShouldBe(["Y1:要亮身份:2", "Y2:要争第一:1", "Y3:要亮党徽:1", "B1:不迟到:2", "B2:不推诿:3", "B3:不聊天:2", "B4:不吃拿卡要:10"]);
        view.Rules.ShouldAllBe(r => r.Source == "seed-000" && r.By.Role == Roles.System && r.From == new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        view.Lists.Select(l => (l.Category, l.Stated, l.NamedBySeed, l.InForce)).ShouldBe(
            [(AssessmentRuleCategory.TenDos, (int?)10, 3, 3), (AssessmentRuleCategory.TenDonts, 10, 4, 4), (AssessmentRuleCategory.ServiceRequirement, null, 0, 0)]);
        view.Lists[1].Note.ShouldStartWith("种子材料列出4项（不迟到、不推诿、不聊天、不吃拿卡要），其余6项由大厅补充");
        // Before 2020 no rule of the seed is in force.
        RulebookDecisions.View(Seeded(), Shanghai(2019, 12, 31, 23)).Rules.ShouldBeEmpty();
    }

    [Fact]
    public void A_deduction_quotes_the_revision_in_force_at_its_moment_and_an_amendment_applies_from_its_own()
    {
        var book = Seeded();
        var amendedAt = Shanghai(2026, 10, 9, 9);
        var amended = RulebookDecisions.Amend(book, "B1", new("不迟到、不早退", 3, "迟到早退合并考核"), Office, amendedAt);
        (amended.Revision, amended.By.Id, amended.By.Role, amended.At).ShouldBe((2, Office.Id, Roles.BusinessOffice, amendedAt));
        With(book, amended);

        var before = (DeductionRecorded)StaffAssessmentDecisions.Deduct(null, "s-1", new("B1", null, null), book, amendedAt.AddMinutes(-1))[0];
        (before.Requirement, before.Points, before.Rule).ShouldBe(("不迟到", 2, new AssessmentRuleQuote("B1", 1, AssessmentRuleCategory.TenDonts)));
        var after = (DeductionRecorded)StaffAssessmentDecisions.Deduct(null, "s-1", new("B1", null, null), book, amendedAt)[0];
        (after.Requirement, after.Points, after.Rule).ShouldBe(("不迟到、不早退", 3, new AssessmentRuleQuote("B1", 2, AssessmentRuleCategory.TenDonts)));
        after.Describe().ShouldBe("2026年10月扣3分：B1 不迟到、不早退");

        book.InForce("B1", amendedAt.AddTicks(-1))!.Until.ShouldBe(amendedAt);
        Should.Throw<InvalidStateTransitionException>(() => RulebookDecisions.Amend(book, "B1", new("不迟到、不早退", 3, "再次修订"), Office, amendedAt.AddDays(1)))
            .CurrentState.ShouldBe("内容未变");
        Should.Throw<InvalidStateTransitionException>(() => RulebookDecisions.Amend(book, "B1", new("不迟到", 2, "改回"), Office, amendedAt.AddDays(-1)))
            .CurrentState.ShouldBe("现行版本尚未生效");
    }

    [Fact]
    public void A_retired_rule_is_no_longer_quoted_and_its_code_is_never_reused()
    {
        var book = Seeded();
        var retiredAt = Shanghai(2026, 10, 9, 9);
        With(book, RulebookDecisions.Retire(book, "Y2", new("并入服务要求考核"), Office, retiredAt));

        StaffAssessmentDecisions.Deduct(null, "s-2", new("Y2", null, null), book, retiredAt.AddHours(-1)).OfType<DeductionRecorded>().Single().Points.ShouldBe(1);
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Deduct(null, "s-2", new("Y2", null, null), book, retiredAt))
            .Errors["rule"].Single().ShouldStartWith("考核细则Y2此时不在有效期内");
        Should.Throw<DomainValidationException>(() => StaffAssessmentDecisions.Deduct(null, "s-2", new("Y9", null, null), book, retiredAt))
            .Errors["rule"].Single().ShouldStartWith("考核细则中没有编号Y9");
        Should.Throw<InvalidStateTransitionException>(() => RulebookDecisions.Retire(book, "Y2", new("再次废止"), Office, retiredAt.AddDays(1))).CurrentState.ShouldBe("已废止");
        Should.Throw<InvalidStateTransitionException>(() => RulebookDecisions.Adopt(book, new("Y2", "要主动服务", AssessmentRuleCategory.TenDos, 2), Office, retiredAt.AddDays(1)))
            .CurrentState.ShouldBe("编号已使用");
        Should.Throw<NotFoundException>(() => RulebookDecisions.Amend(book, "Z1", new("要微笑服务", 1, "新增"), Office, retiredAt));
    }

    [Fact]
    public void The_ten_dos_and_the_ten_donts_hold_at_most_10_rules_in_force_each_and_the_service_requirements_any_number()
    {
        var book = Seeded();
        var at = Shanghai(2026, 10, 9);
        for (var n = 4; n <= 10; n++) With(book, RulebookDecisions.Adopt(book, new($"Y{n}", $"要第{n}项", AssessmentRuleCategory.TenDos, 1), Office, at));
        book.InForceAt(at).Count(r => r.Category == AssessmentRuleCategory.TenDos).ShouldBe(10);
        Should.Throw<InvalidStateTransitionException>(() => RulebookDecisions.Adopt(book, new("Y11", "要第11项", AssessmentRuleCategory.TenDos, 1), Office, at))
            .CurrentState.ShouldBe("十要已满10项");
        With(book, RulebookDecisions.Retire(book, "Y10", new("合并"), Office, at.AddHours(1)));
        RulebookDecisions.Adopt(book, new("Y11", "要第11项", AssessmentRuleCategory.TenDos, 1), Office, at.AddHours(1)).Code.ShouldBe("Y11");

        for (var n = 1; n <= 25; n++) With(book, RulebookDecisions.Adopt(book, new($"F{n}", $"服务要求{n}", AssessmentRuleCategory.ServiceRequirement, 2), Office, at));
        RulebookDecisions.View(book, at).Lists.Single(l => l.Category == AssessmentRuleCategory.ServiceRequirement).InForce.ShouldBe(25);
    }

    [Fact]
    public void A_rule_needs_a_code_wording_list_and_1_to_100_points_never_defaulted()
    {
        var book = Seeded();
        Should.Throw<DomainValidationException>(() => RulebookDecisions.Adopt(book, new(null, " ", null, null), Office, Shanghai(2026, 10, 9)))
            .Errors.Keys.Order().ShouldBe(["category", "code", "points", "title"]);
        Should.Throw<DomainValidationException>(() => RulebookDecisions.Adopt(book, new("1B", "不睡觉", AssessmentRuleCategory.TenDonts, 101), Office, Shanghai(2026, 10, 9)))
            .Errors.Keys.Order().ShouldBe(["code", "points"]);
        Should.Throw<DomainValidationException>(() => RulebookDecisions.Adopt(book, new("B5", "不睡觉", AssessmentRuleCategory.TenDonts, 0), Office, Shanghai(2026, 10, 9)))
            .Errors.Keys.ShouldBe(["points"]);
        RulebookDecisions.Adopt(book, new("B5", "不睡觉", AssessmentRuleCategory.TenDonts, 100), Office, Shanghai(2026, 10, 9)).Points.ShouldBe(100);
        Should.Throw<DomainValidationException>(() => RulebookDecisions.Amend(book, "B1", new(null, null, null), Office, Shanghai(2026, 10, 9)))
            .Errors.Keys.Order().ShouldBe(["points", "reason", "title"]);
        Should.Throw<DomainValidationException>(() => RulebookDecisions.Retire(book, "B1", new(""), Office, Shanghai(2026, 10, 9))).Errors.Keys.ShouldBe(["reason"]);
    }

    [Fact]
    public void A_complaint_against_a_party_member_model_post_is_noted_and_needs_the_written_explanation()
    {
        var card = new StaffScorecard();
        var designated = ModelPosts.Designate(null, "s-3", new(ModelPostKind.PartyMember), Office, Shanghai(2026, 10, 9));
        card.Apply(designated);
        Should.Throw<InvalidStateTransitionException>(() => ModelPosts.Designate(card, "s-3", new(ModelPostKind.LeagueMember), Office, Shanghai(2026, 10, 9)))
            .CurrentState.ShouldBe("已是党员示范岗");
        Should.Throw<DomainValidationException>(() => ModelPosts.Designate(null, "s-3", new(null), Office, Shanghai(2026, 10, 9))).Errors.Keys.ShouldBe(["kind"]);

        var complaint = (DeductionRecorded)StaffAssessmentDecisions.Deduct(card, "s-3", new(null, "群众找到党员，党员不热情", 5), Seeded(), Shanghai(2026, 10, 10))[0];
        (complaint.ModelPost, complaint.ExplanationRequired).ShouldBe((ModelPostKind.PartyMember, true));
        complaint.Describe().ShouldBe("2026年10月扣5分：有效投诉（群众找到党员，党员不热情）（党员示范岗被投诉）");

        card.Apply(ModelPosts.Withdraw(card, "s-3", new("调离窗口"), Office, Shanghai(2026, 10, 12)));
        card.ModelPost.ShouldBeNull();
        ((DeductionRecorded)StaffAssessmentDecisions.Deduct(card, "s-3", new(null, "态度生硬", 5), Seeded(), Shanghai(2026, 10, 13))[0]).ModelPost.ShouldBeNull();
        Should.Throw<InvalidStateTransitionException>(() => ModelPosts.Withdraw(card, "s-3", new("再次撤销"), Office, Shanghai(2026, 10, 13))).CurrentState.ShouldBe("不是示范岗");
    }
}
