using Nanchuan.BuildingBlocks.Draws;

namespace Nanchuan.Enforcement.Domain;

/// <summary>An enterprise of the quarter's pool (双随机: the enterprises drawn from), with the scenario it is inspected under.</summary>
public sealed record PoolEnterprise(string CreditCode, string Name, Scenario Scenario);

/// <summary>An inspector of the pool (执法人员名录库): one of the participating departments' law-enforcement officers.</summary>
public sealed record PoolInspector(string Id, string Name, string Department);

/// <summary>One planned comprehensive inspection: the enterprise, its scenario, the month of the park inspection it is visited in, the departments and inspectors.</summary>
public sealed record PlannedInspection(
    string CreditCode, string EnterpriseName, Scenario Scenario, string Month, IReadOnlyList<string> Departments, IReadOnlyList<PoolInspector> Inspectors);

/// <summary>
/// The quarter's 双随机 draw, replayable by anyone from what its event records (platform rule 8): the enterprises are drawn
/// from their pool, spread over the quarter's three monthly park inspections in draw order, and each of the scenario's
/// departments sends one inspector drawn from its own officers.
/// </summary>
internal static class PlanDraw
{
    public const string Algorithm = AuditableDraw.Algorithm +
        " | enterprises: candidates = the pool's credit codes, count = enterprisesToInspect | the i-th drawn (from 0) is visited in the quarter's month i mod 3" +
        " | inspectors: for each department of the scenario's checklist (the version recorded), candidates = that department's inspector ids, seed = seed + \":\" + creditCode + \":\" + department, count = 1";

    public static IReadOnlyList<PlannedInspection> Run(Quarter quarter, ChecklistVersion checklist, IReadOnlyList<PoolEnterprise> enterprises, IReadOnlyList<PoolInspector> inspectors, int count, string seed)
    {
        var drawn = AuditableDraw.Select(enterprises.Select(e => e.CreditCode), seed, count);
        return drawn.Select((code, index) =>
        {
            var enterprise = enterprises.First(e => e.CreditCode == code);
            return Entry(checklist, enterprise, quarter.Months[index % 3], inspectors, seed);
        }).ToList();
    }

    /// <summary>One planned inspection: each department of the enterprise's scenario sends one inspector drawn from its officers (also for an entry added by amendment).</summary>
    public static PlannedInspection Entry(ChecklistVersion checklist, PoolEnterprise enterprise, string month, IReadOnlyList<PoolInspector> inspectors, string seed)
    {
        var departments = checklist.DepartmentsOf(enterprise.Scenario);
        var team = departments.Select(department =>
        {
            var officers = inspectors.Where(i => i.Department == department).ToList();
            var id = AuditableDraw.Select(officers.Select(i => i.Id), $"{seed}:{enterprise.CreditCode}:{department}", 1).Single();
            return officers.First(i => i.Id == id);
        }).ToList();
        return new PlannedInspection(enterprise.CreditCode, enterprise.Name, enterprise.Scenario, month, departments, team);
    }

    /// <summary>Field errors of a draw's inputs (empty when it can run): pools, count and a drawable inspector for every department the pool's scenarios need.</summary>
    public static Dictionary<string, string[]> Problems(ChecklistVersion checklist, IReadOnlyList<PoolEnterprise>? enterprises, IReadOnlyList<PoolInspector>? inspectors, int? count)
    {
        var errors = new Dictionary<string, string[]>();
        if (enterprises is null || enterprises.Count == 0) errors["enterprises"] = ["请提供企业名录 / give the pool of enterprises."];
        else
        {
            if (enterprises.Any(e => string.IsNullOrWhiteSpace(e.CreditCode) || string.IsNullOrWhiteSpace(e.Name) || !Enum.IsDefined(e.Scenario)))
                errors["enterprises"] = ["每家企业须有统一社会信用代码、名称和场景 / every enterprise needs a credit code, a name and a scenario."];
            else if (enterprises.Select(e => e.CreditCode).Distinct().Count() != enterprises.Count)
                errors["enterprises"] = ["企业名录有重复 / an enterprise is listed twice."];
        }
        if (inspectors is null || inspectors.Count == 0) errors["inspectors"] = ["请提供执法人员名录 / give the pool of inspectors."];
        else if (inspectors.Any(i => string.IsNullOrWhiteSpace(i.Id) || string.IsNullOrWhiteSpace(i.Name) || string.IsNullOrWhiteSpace(i.Department)))
            errors["inspectors"] = ["每名执法人员须有编号、姓名和部门 / every inspector needs an id, a name and a department."];
        else if (inspectors.Select(i => i.Id).Distinct().Count() != inspectors.Count)
            errors["inspectors"] = ["执法人员名录有重复 / an inspector is listed twice."];
        else if (enterprises is { Count: > 0 } && !errors.ContainsKey("enterprises"))
        {
            var missing = enterprises.SelectMany(e => checklist.DepartmentsOf(e.Scenario)).Distinct()
                .Where(d => inspectors.All(i => i.Department != d)).ToList();
            if (missing.Count > 0)
                errors["inspectors"] = [$"以下部门没有执法人员可抽取：{string.Join("、", missing)} / no inspector to draw for: {string.Join(", ", missing)}."];
        }
        if (count is null) errors["enterprisesToInspect"] = ["请填写抽取企业数 / give how many enterprises to draw."];
        else if (count < 1 || (enterprises is { Count: > 0 } && count > enterprises.Count))
            errors["enterprisesToInspect"] = ["抽取企业数须在1与名录企业数之间 / the number to draw must be between 1 and the pool's size."];
        return errors;
    }
}
