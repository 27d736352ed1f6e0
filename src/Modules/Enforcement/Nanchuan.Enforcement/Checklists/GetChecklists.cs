namespace Nanchuan.Enforcement.Checklists;

/// <summary>One scenario's checklist: the items and the departments a comprehensive inspection of it brings.</summary>
public sealed record ScenarioChecklist(Scenario Scenario, string Name, IReadOnlyList<string> Departments, IReadOnlyList<ChecklistItem> Items);

/// <summary>One version of the scenario checklists (应用场景清单) and the 11 inspecting departments; who published it and when (none for the seeded version 1).</summary>
/// <param name="Versions">Every version there is (each readable at /checklists/versions/{n}).</param>
public sealed record ChecklistsResponse(
    int Version, string? Reason, string? PublishedBy, DateTimeOffset? PublishedAt, IReadOnlyList<int> Versions, IReadOnlyList<string> Departments,
    IReadOnlyList<ScenarioChecklist> Scenarios) : IOpenApiExample<ChecklistsResponse>
{
    public static ChecklistsResponse Example => Of(ScenarioChecklists.Seed, null);

    internal static ChecklistsResponse Of(ChecklistVersion version, ChecklistSet? set) => new(version.Number, version.Reason, version.PublishedBy, version.PublishedAt,
        [ScenarioChecklists.Seed.Number, .. set?.Published.Select(v => v.Number) ?? []], Domain.Departments.Inspecting,
        Enum.GetValues<Scenario>().Select(s => new ScenarioChecklist(s, s.ToChinese(), version.DepartmentsOf(s), version.Of(s))).ToList());
}

public static class GetChecklistsEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/checklists")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("应用场景清单（现行版本） / Scenario checklists in force")]
    [EndpointDescription("The version in force: every inspection item of the 11 departments, grouped by enterprise category (food & drug, industrial, logistics & transport), each with its department and legal basis. Any signed-in user may read it.")]
    [ProducesResponseType<ChecklistsResponse>(StatusCodes.Status200OK)]
    public static async Task<ChecklistsResponse> Get(IQuerySession session, CancellationToken cancellation)
    {
        var set = await ChecklistVersions.SetAsync(session, cancellation);
        return ChecklistsResponse.Of(ChecklistSet.Current(set), set);
    }
}

public static class GetChecklistVersionEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/checklists/versions/{{version}}")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("应用场景清单（指定版本） / One version of the scenario checklists")]
    [EndpointDescription("Any version, current or replaced (1 is the seeded one): what a plan or inspection that names the version was held to. Any signed-in user may read it.")]
    [ProducesResponseType<ChecklistsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ChecklistsResponse> Get(int version, IQuerySession session, CancellationToken cancellation)
    {
        var set = await ChecklistVersions.SetAsync(session, cancellation);
        return ChecklistsResponse.Of(ChecklistSet.Find(set, version) ?? throw ChecklistVersions.Name.NotFound(version), set);
    }
}

/// <summary>Reads the checklist versions for the module's decisions.</summary>
internal static class ChecklistVersions
{
    public static readonly CaseName Name = new("应用场景清单版本", "checklist version");

    public static Task<ChecklistSet?> SetAsync(IQuerySession session, CancellationToken cancellation) => session.LoadAsync<ChecklistSet>(ChecklistSet.StreamId, cancellation);

    public static async Task<ChecklistVersion> CurrentAsync(IQuerySession session, CancellationToken cancellation) =>
        ChecklistSet.Current(await SetAsync(session, cancellation));

    /// <summary>The version a plan or inspection recorded (null on events from before versions: the seed).</summary>
    public static async Task<ChecklistVersion> UsedAsync(IQuerySession session, int number, CancellationToken cancellation) =>
        ChecklistSet.Find(await SetAsync(session, cancellation), number) ?? throw Name.NotFound(number);
}
