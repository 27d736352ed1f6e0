namespace Nanchuan.Awards.Final;

/// <summary>A member of the panel: the user id they sign in with, their name, their own unit (credit code or name) and capacity.</summary>
public sealed record JudgeBody(string? JudgeId, string? Name, string? Unit, string? Capacity);

public sealed record AppointPanelBody(IReadOnlyList<JudgeBody>? Judges) : IOpenApiExample<AppointPanelBody>
{
    public static AppointPanelBody Example => new([new("judge-01", "王某", "重庆南川示例科技有限公司", "企业代表"), new("judge-02", "陈某", "区人大常委会", "人大代表")]);
}

public static class AppointPanelEndpoint
{
    [WolverinePost($"{AwardsModule.Route}/contests/{{year}}/panel")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("组建决赛评审团 / Appoint the final's panel")]
    [EndpointDescription("Business-environment observers, enterprise representatives, people's-congress deputies, CPPCC members and others. Once, during the final (409 otherwise). A judge never scores an entry of their own unit.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(int year, AppointPanelBody body, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var judges = Check(body);
        var stream = await CaseStreams.LoadAsync<Contest>(session, Contest.IdOf(year), AwardsCases.ContestName, cancellation);
        var contest = stream.Aggregate!;
        contest.Require(ContestPhase.Final, "组建评审团");
        if (contest.Panel.Count > 0)
            throw new InvalidStateTransitionException("评审团已组建", "组建评审团", $"{year}年度决赛评审团已组建 / the {year} panel is appointed already.");
        return CaseStreams.Append(stream, new PanelAppointed(contest.Id, judges, time.GetUtcNow()));
    }

    private static IReadOnlyList<Judge> Check(AppointPanelBody body)
    {
        var errors = new FieldErrors();
        var given = body.Judges ?? [];
        errors.If(given.Count == 0, "judges", "请填写评审团成员 / the judges are required.");
        for (var i = 0; i < given.Count; i++)
        {
            errors.RequireText($"judges[{i}].judgeId", given[i].JudgeId, "评委登录账号", "the judge's user id");
            errors.RequireText($"judges[{i}].name", given[i].Name, "评委姓名", "the judge's name");
            errors.RequireText($"judges[{i}].unit", given[i].Unit, "评委所在单位", "the judge's unit");
            errors.RequireText($"judges[{i}].capacity", given[i].Capacity, "评委身份（如企业代表、人大代表）", "the judge's capacity");
        }
        errors.If(given.Where(j => !string.IsNullOrWhiteSpace(j.JudgeId)).GroupBy(j => j.JudgeId!.Trim()).Any(g => g.Count() > 1), "judges",
            "评委重复 / a judge is listed twice.");
        errors.ThrowIfAny();
        return given.Select(j => new Judge(j.JudgeId!.Trim(), j.Name!.Trim(), j.Unit!.Trim(), j.Capacity!.Trim())).ToList();
    }
}
