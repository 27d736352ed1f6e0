namespace Nanchuan.Enforcement.Checklists;

/// <summary>One scenario's checklist: the items and the departments a comprehensive inspection of it brings.</summary>
public sealed record ScenarioChecklist(Scenario Scenario, string Name, IReadOnlyList<string> Departments, IReadOnlyList<ChecklistItem> Items);

/// <summary>The scenario checklists (应用场景清单) and the 11 inspecting departments.</summary>
public sealed record ChecklistsResponse(int Version, IReadOnlyList<string> Departments, IReadOnlyList<ScenarioChecklist> Scenarios)
    : IOpenApiExample<ChecklistsResponse>
{
    public static ChecklistsResponse Example => GetChecklistsEndpoint.Get();
}

public static class GetChecklistsEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/checklists")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("应用场景清单 / Scenario checklists")]
    [EndpointDescription("Every inspection item of the 11 departments, grouped by enterprise category (food & drug, industrial, logistics & transport), each with its department and legal basis. Any signed-in user may read it.")]
    [ProducesResponseType<ChecklistsResponse>(StatusCodes.Status200OK)]
    public static ChecklistsResponse Get() => new(ScenarioChecklists.Version, Departments.Inspecting,
        Enum.GetValues<Scenario>().Select(s => new ScenarioChecklist(s, s.ToChinese(), ScenarioChecklists.DepartmentsOf(s), ScenarioChecklists.Of(s))).ToList());
}
