namespace Nanchuan.Procurement.Awarding;

/// <summary>How each method decides the contractor among the registered bidders.</summary>
internal static class AwardDecision
{
    private const string Action = "定标 (award)";

    public static WorksProjectAwarded Award(WorksProject state, AwardProjectBody body, string seed, DateTimeOffset now)
    {
        // After the winner refused to sign, the owner awards again among the other candidates by the same method.
        if (state.Status != ProjectStatus.Registering && !(state.Status == ProjectStatus.AwaitingReaward && state.AwardRule != AwardRule.ApprovedJustification))
            throw new InvalidStateTransitionException(state.Status.ToChinese(), Action);
        if (now <= state.RegistrationClosesAt)
            throw new InvalidStateTransitionException(ProjectStatus.Registering.ToChinese(), Action,
                $"当前状态为“报名中”：报名{state.RegistrationClosesAt.Value.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}截止后才能定标 / registration is open until {state.RegistrationClosesAt:O}.");
        var errors = new FieldErrors();
        errors.If(body.Seed is not null && string.IsNullOrWhiteSpace(body.Seed), "seed", "种子不能为空白；不填则由系统生成 / the seed cannot be blank; leave it out to have one drawn.");
        errors.If(body.Seed?.Length > 100, "seed", "种子不超过100个字符 / the seed has at most 100 characters.");
        if (state.AwardRule != AwardRule.PanelScores)
        {
            errors.If(body.Panel is not null, "panel", $"{state.MethodName}不设评审小组 / only a competitive selection has a panel.");
            errors.If(body.Scores is not null, "scores", $"{state.MethodName}不评分 / only a competitive selection is scored.");
        }
        if (!state.Candidates.Any())
        {
            errors.ThrowIfAny();
            throw new InvalidStateTransitionException(state.Registrations.Count == 0 ? "报名截止，无人报名" : "无其他合格投标人", Action,
                "没有可定标的投标人，请办理流标 / no bidder left to award: record the failed tender.");
        }
        return state.AwardRule switch
        {
            AwardRule.RandomDraw => ByDraw(state, errors, seed, now),
            AwardRule.LowestQuote => ByLowestQuote(state, errors, seed, now),
            _ => ByPanel(state, body, errors, seed, now),
        };
    }

    private static WorksProjectAwarded ByDraw(WorksProject state, FieldErrors errors, string seed, DateTimeOffset now)
    {
        errors.ThrowIfAny();
        var draw = AwardDraws.Draw(state.Candidates.Select(r => r.CreditCode), seed, 1);
        return Awarded(state, draw.Selected[0], state.Value, draw, [], [], now);
    }

    private static WorksProjectAwarded ByLowestQuote(WorksProject state, FieldErrors errors, string seed, DateTimeOffset now)
    {
        errors.ThrowIfAny();
        var valid = state.Candidates.Where(r => r.Quote <= state.Value).ToList();
        if (valid.Count == 0)
            throw new InvalidStateTransitionException("报名截止，无有效报价", Action,
                $"所有报价均高于项目金额{state.Value:0.00}元 / every quote is above the project value of {state.Value:0.00} CNY.");
        var lowest = valid.Min(r => r.Quote!.Value);
        return Tied(state, valid.Where(r => r.Quote == lowest).Select(r => r.CreditCode).ToList(), lowest, seed, [], [], now);
    }

    private static WorksProjectAwarded ByPanel(WorksProject state, AwardProjectBody body, FieldErrors errors, string seed, DateTimeOffset now)
    {
        var (panel, scores) = PanelRules.Check(state, body.Panel, body.Scores, errors);
        errors.ThrowIfAny();
        // A recused member leaves no score, so a bidder's total is the mean of the scores it received, not their sum.
        var totals = scores.GroupBy(s => s.CreditCode).ToDictionary(g => g.Key, g => g.Average(s => s.Score));
        var best = totals.Values.Max();
        return Tied(state, totals.Where(t => t.Value == best).Select(t => t.Key).ToList(), state.Value, seed, panel, scores, now);
    }

    /// <summary>One leader wins outright; several tied leaders are separated by an auditable draw among them.</summary>
    private static WorksProjectAwarded Tied(WorksProject state, IReadOnlyList<string> leaders, decimal price, string seed,
        IReadOnlyList<PanelMember> panel, IReadOnlyList<PanelScore> scores, DateTimeOffset now)
    {
        if (leaders.Count == 1) return Awarded(state, leaders[0], price, null, panel, scores, now);
        var draw = AwardDraws.Draw(leaders, seed, 1);
        return Awarded(state, draw.Selected[0], price, draw, panel, scores, now);
    }

    private static WorksProjectAwarded Awarded(WorksProject state, string creditCode, decimal price, RecordedDraw? draw,
        IReadOnlyList<PanelMember> panel, IReadOnlyList<PanelScore> scores, DateTimeOffset now)
    {
        var winner = state.Registrations.First(r => r.CreditCode == creditCode);
        return new WorksProjectAwarded(state.Id, state.Method, new Party(winner.CreditCode, winner.Name), price, draw, panel, scores, now);
    }
}
