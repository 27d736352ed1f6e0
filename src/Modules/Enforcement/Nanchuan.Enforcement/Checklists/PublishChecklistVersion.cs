namespace Nanchuan.Enforcement.Checklists;

/// <summary>One item of a new version: a stable code, the scenario, what is checked, the department (one of the 11) and the legal basis.</summary>
public sealed record ChecklistItemBody(string? Code, Scenario? Scenario, string? Item, string? Department, string? LegalBasis);

/// <summary>
/// A new version of the scenario checklists, complete (it replaces the items, it does not patch them). <c>BasedOnVersion</c> is
/// the version the Admin edited: if another was published meanwhile the request is refused (409), not merged.
/// </summary>
public sealed record PublishChecklistVersionRequest(int? BasedOnVersion, string? Reason, IReadOnlyList<ChecklistItemBody>? Items)
    : IOpenApiExample<PublishChecklistVersionRequest>
{
    public static PublishChecklistVersionRequest Example => new(1, "区司法局会同各部门修订：工业企业增加城市管理检查项",
        [.. ScenarioChecklists.Seed.Items.Select(i => new ChecklistItemBody(i.Code, i.Scenario, i.Item, i.Department, i.LegalBasis)),
            new ChecklistItemBody("IN-09", Scenario.Industrial, "厂区建筑垃圾处置", Domain.Departments.UrbanManagement, "《城市建筑垃圾管理规定》")]);
}

public sealed record ChecklistVersionPublishedResponse(int Version, int Items) : CreationResponse($"{EnforcementModule.Route}/checklists/versions/{Version}");

public static class PublishChecklistVersionEndpoint
{
    private const int MaxItems = 500;

    [WolverinePost($"{EnforcementModule.Route}/checklists/versions")]
    [Authorize(Roles = Roles.Admin)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("发布应用场景清单新版本 / Publish a new checklist version")]
    [EndpointDescription("The Admin publishes the complete item list of a new version (each item with its scenario, department among the 11 and legal basis; every scenario keeps at least one item). Plans drawn and exception inspections recorded afterwards use it; plans and inspections already made keep theirs, and every version stays readable. `basedOnVersion` must be the version in force (409 naming it otherwise).")]
    [ProducesResponseType<ChecklistVersionPublishedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<ChecklistVersionPublishedResponse> Post(
        PublishChecklistVersionRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var items = Check(request);
        var actor = CurrentActor.Value;
        var stream = await CaseStreams.LoadIfAnyAsync<ChecklistSet>(session, ChecklistSet.StreamId, cancellation);
        var current = ChecklistSet.Current(stream?.Aggregate);
        if (request.BasedOnVersion != current.Number)
            throw new InvalidStateTransitionException($"现行第{current.Number}版", "发布新版本 (publish a version)",
                $"现行清单为第{current.Number}版，本次修改基于第{request.BasedOnVersion}版：请在现行版本上修改 / version {current.Number} is in force; this edit was based on version {request.BasedOnVersion}.");
        var published = new ChecklistVersionPublished(ChecklistSet.StreamId, current.Number + 1, items, request.Reason!.Trim(), actor.Name, time.GetUtcNow());
        if (stream is null) session.Events.StartStream<ChecklistSet>(ChecklistSet.StreamId, published);
        else stream.AppendOne(published);
        return new ChecklistVersionPublishedResponse(published.Version, items.Count);
    }

    private static List<ChecklistItem> Check(PublishChecklistVersionRequest request)
    {
        var errors = new FieldErrors();
        errors.If(request.BasedOnVersion is null, "basedOnVersion", "请填写所依据的现行版本号 / give the version this edit is based on.");
        errors.RequireText("reason", request.Reason, "修订理由", "the reason for the new version");
        errors.If(request.Reason?.Length > 500, "reason", "修订理由不超过500个字符 / the reason has at most 500 characters.");
        if (request.Items is not { Count: > 0 and <= MaxItems })
        {
            errors.Add("items", $"请列出新版本的全部检查项（1至{MaxItems}项） / list every item of the new version (1 to {MaxItems}).");
            errors.ThrowIfAny();
        }
        var items = new List<ChecklistItem>();
        for (var i = 0; i < request.Items!.Count; i++)
        {
            var body = request.Items[i];
            var field = $"items[{i}]";
            errors.RequireText($"{field}.code", body.Code, "检查项编码", "the item's code");
            errors.If(body.Code?.Trim().Length > 20, $"{field}.code", "检查项编码不超过20个字符 / the code has at most 20 characters.");
            errors.If(body.Scenario is null || !Enum.IsDefined(body.Scenario.Value), $"{field}.scenario",
                "场景应为 foodAndDrug、industrial 或 logisticsAndTransport / the scenario must be foodAndDrug, industrial or logisticsAndTransport.");
            errors.RequireText($"{field}.item", body.Item, "检查内容", "what is checked");
            errors.If(!Domain.Departments.Inspecting.Contains(body.Department?.Trim() ?? ""), $"{field}.department",
                $"检查部门应为参加“综合查一次”的11个部门之一：{string.Join("、", Domain.Departments.Inspecting)} / the department must be one of the 11 inspecting departments.");
            errors.RequireText($"{field}.legalBasis", body.LegalBasis, "法律依据", "the legal basis");
            if (body.Scenario is { } scenario && !string.IsNullOrWhiteSpace(body.Code) && !string.IsNullOrWhiteSpace(body.Item) && !string.IsNullOrWhiteSpace(body.LegalBasis))
                items.Add(new ChecklistItem(body.Code.Trim(), scenario, body.Item.Trim(), body.Department?.Trim() ?? "", body.LegalBasis.Trim()));
        }
        var twice = items.GroupBy(i => i.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.If(twice.Count > 0, "items", $"检查项编码重复：{string.Join("、", twice)} / codes given twice: {string.Join(", ", twice)}.");
        var empty = Enum.GetValues<Scenario>().Where(s => request.Items.All(i => i.Scenario != s)).ToList();
        errors.If(empty.Count > 0, "items", $"每个场景至少一项，缺：{string.Join("、", empty.Select(s => s.ToChinese()))} / every scenario keeps at least one item; none for: {string.Join(", ", empty)}.");
        errors.ThrowIfAny();
        return items;
    }
}
