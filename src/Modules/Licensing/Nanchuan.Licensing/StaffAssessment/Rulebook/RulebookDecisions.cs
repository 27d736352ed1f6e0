using System.Text.RegularExpressions;

namespace Nanchuan.Licensing.StaffAssessment.Rulebook;

/// <summary>Pure decisions on the assessment's rules (ADR 0114): adopt, amend, retire, and what a deduction may quote.</summary>
internal static partial class RulebookDecisions
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,19}$")]
    private static partial Regex CodePattern();

    public static AssessmentRuleAdopted Adopt(AssessmentRulebook book, AdoptAssessmentRule body, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var code = errors.Text("code", body.Code, "细则编号", "the rule code");
        if (code.Length > 0 && !CodePattern().IsMatch(code))
            errors.Add("code", "细则编号为字母开头的1至20位字母、数字或连字符 / the code is 1–20 letters, digits or hyphens, starting with a letter.");
        var title = Title(errors, body.Title);
        var category = errors.Required("category", body.Category, "细则类别（tenDos 十要、tenDonts 十不、serviceRequirement 服务要求）", "the category");
        var points = Points(errors, body.Points);
        errors.ThrowIfAny();
        if (book.Latest(code) is { } used)
            throw new InvalidStateTransitionException("编号已使用", "新增考核细则", $"编号{code}已用于“{used.Title}”，编号不重复使用 / code {code} was used for '{used.Title}' and is never reused.");
        if (category != AssessmentRuleCategory.ServiceRequirement && book.InForceAt(now).Count(r => r.Category == category) >= SeedRules.TenItems)
            throw new InvalidStateTransitionException($"{ListName(category)}已满{SeedRules.TenItems}项", "新增考核细则",
                $"{ListName(category)}至多{SeedRules.TenItems}项，请先废止一项 / {ListName(category)} has at most {SeedRules.TenItems} rules: retire one first.");
        return new AssessmentRuleAdopted(book.Id, code, title, category, points, "hall", By(actor), now);
    }

    public static AssessmentRuleAmended Amend(AssessmentRulebook book, string code, AmendAssessmentRule body, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var title = Title(errors, body.Title);
        var points = Points(errors, body.Points);
        var reason = errors.Text("reason", body.Reason, "修订理由", "the reason");
        errors.ThrowIfAny();
        var current = Current(book, code, now, "修订考核细则");
        if (current.Title == title && current.Points == points) throw new InvalidStateTransitionException("内容未变", "修订考核细则");
        return new AssessmentRuleAmended(book.Id, current.Code, current.Revision + 1, title, points, reason, By(actor), now);
    }

    public static AssessmentRuleRetired Retire(AssessmentRulebook book, string code, RetireAssessmentRule body, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", body.Reason, "废止理由", "the reason");
        errors.ThrowIfAny();
        var current = Current(book, code, now, "废止考核细则");
        return new AssessmentRuleRetired(book.Id, current.Code, current.Revision, reason, By(actor), now);
    }

    /// <summary>The rules in force at <paramref name="at"/>, with how much of each list the seed names.</summary>
    public static RulebookView View(AssessmentRulebook book, DateTimeOffset at)
    {
        var rules = book.InForceAt(at);
        return new RulebookView(at, rules, Enum.GetValues<AssessmentRuleCategory>().Select(category =>
        {
            var named = SeedRules.Rules.Where(r => r.Category == category).Select(r => r.Title).ToList();
            int? stated = category == AssessmentRuleCategory.ServiceRequirement ? null : SeedRules.TenItems;
            var note = stated is null
                ? "种子材料称考核办法含“20多项服务要求”，未逐项列出，由大厅补充 / seed 000 speaks of 20-odd service requirements without listing them: the hall adds them."
                : $"种子材料列出{named.Count}项（{string.Join("、", named)}），其余{stated - named.Count}项由大厅补充 / seed 000 names {named.Count} of the ten: the hall adds the rest.";
            return new RuleListCoverage(category, ListName(category), stated, named.Count, rules.Count(r => r.Category == category), note);
        }).ToList());
    }

    public static string ListName(AssessmentRuleCategory category) => category switch
    {
        AssessmentRuleCategory.TenDos => "十要",
        AssessmentRuleCategory.TenDonts => "十不",
        _ => "服务要求",
    };

    private static AssessmentRuleRevision Current(AssessmentRulebook book, string code, DateTimeOffset now, string action)
    {
        var latest = book.Latest(code) ?? throw new NotFoundException($"考核细则中没有编号{code} / no rule {code}.");
        if (latest.Until is not null) throw new InvalidStateTransitionException("已废止", action);
        if (now < latest.From)
            throw new InvalidStateTransitionException("现行版本尚未生效", action, $"细则{code}现行版本自{latest.From:yyyy-MM-dd HH:mm}起生效 / the current revision of {code} applies from {latest.From:O}.");
        return latest;
    }

    private static string Title(FieldErrors errors, string? value)
    {
        var title = errors.Text("title", value, "细则内容", "the wording");
        errors.If(title.Length > 100, "title", "细则内容不超过100字 / the wording has at most 100 characters.");
        return title;
    }

    private static int Points(FieldErrors errors, int? value)
    {
        var points = errors.Required("points", value, "扣分分值", "the points");
        errors.If(value is not null && points is < 1 or > StaffScorecard.MonthlyPoints, "points", "每次扣分应为1至100分 / a breach deducts 1–100 points.");
        return points;
    }

    private static RuleChangedBy By(Actor actor) => new(actor.Id, actor.Name, actor.Role);
}
