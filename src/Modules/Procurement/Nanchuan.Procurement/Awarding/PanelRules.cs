namespace Nanchuan.Procurement.Awarding;

/// <summary>
/// A competitive selection's panel (评审小组): at least three members, each scoring every registered bidder it is not linked
/// to, 0–100; a member linked to a bidder (关联关系, declared with the panel) must not score it (回避).
/// </summary>
internal static class PanelRules
{
    public const int MinimumMembers = 3;

    public static (IReadOnlyList<PanelMember> Panel, IReadOnlyList<PanelScore> Scores) Check(
        WorksProject state, IReadOnlyList<PanelMemberBody>? panelBody, IReadOnlyList<PanelScoreBody>? scoresBody, FieldErrors errors)
    {
        if (panelBody is null || panelBody.Count < MinimumMembers)
            errors.Add("panel", $"竞争性比选须由不少于{MinimumMembers}人的评审小组评分 / a competitive selection needs a panel of at least {MinimumMembers}.");
        else if (panelBody.Any(m => string.IsNullOrWhiteSpace(m.Id) || string.IsNullOrWhiteSpace(m.Name)))
            errors.Add("panel", "每名评审须有编号和姓名 / every member needs an id and a name.");
        else errors.If(panelBody.Select(m => m.Id!.Trim()).Distinct().Count() != panelBody.Count, "panel", "评审编号重复 / a member is listed twice.");
        if (scoresBody is null || scoresBody.Count == 0) errors.Add("scores", "请提交评审评分 / give the panel's scores.");
        if (errors.Any) return ([], []);

        var panel = panelBody!.Select(m => new PanelMember(m.Id!.Trim(), m.Name!.Trim(),
            (m.LinkedCreditCodes ?? []).Select(c => c.Trim().ToUpperInvariant()).ToList())).ToList();
        var bidders = state.Candidates.Select(r => r.CreditCode).ToHashSet();
        var scores = new List<PanelScore>();
        for (var i = 0; i < scoresBody!.Count; i++)
        {
            var s = scoresBody[i];
            var field = $"scores[{i}]";
            var member = panel.FirstOrDefault(m => m.Id == s.MemberId?.Trim());
            var code = s.CreditCode?.Trim().ToUpperInvariant() ?? "";
            errors.If(member is null, $"{field}.memberId", $"“{s.MemberId}”不是评审小组成员 / '{s.MemberId}' is not on the panel.");
            errors.If(!bidders.Contains(code), $"{field}.creditCode", $"“{s.CreditCode}”未报名本项目或已拒签 / '{s.CreditCode}' did not register or refused to sign.");
            errors.If(s.Score is not (>= 0 and <= 100), $"{field}.score", "评分须在0至100之间 / a score is between 0 and 100.");
            if (member is not null && member.LinkedCreditCodes.Contains(code))
                errors.Add($"{field}.memberId", $"评审{member.Name}与投标人{code}存在关联关系，应当回避，不得评分 / member {member.Id} is linked to {code} and may not score it.");
            if (member is not null && bidders.Contains(code) && s.Score is { } score) scores.Add(new PanelScore(member.Id, code, score));
        }
        var twice = scores.GroupBy(s => (s.MemberId, s.CreditCode)).Where(g => g.Count() > 1).Select(g => $"{g.Key.MemberId}/{g.Key.CreditCode}").ToList();
        errors.If(twice.Count > 0, "scores", $"重复评分：{string.Join("、", twice)} / scored twice: {string.Join(", ", twice)}.");
        var missing = panel.SelectMany(m => bidders.Where(b => !m.LinkedCreditCodes.Contains(b)).Select(b => (m.Id, b)))
            .Where(p => !scores.Any(s => s.MemberId == p.Id && s.CreditCode == p.b)).Select(p => $"{p.Id}/{p.b}").ToList();
        errors.If(missing.Count > 0, "scores", $"评审须对每个无关联的投标人评分，缺：{string.Join("、", missing)} / every member scores every bidder it is not linked to; missing: {string.Join(", ", missing)}.");
        return (panel, scores);
    }
}
