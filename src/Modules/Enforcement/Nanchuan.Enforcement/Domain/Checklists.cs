namespace Nanchuan.Enforcement.Domain;

/// <summary>The enterprise categories the checklists are grouped by (应用场景).</summary>
public enum Scenario
{
    /// <summary>食品药品企业.</summary>
    FoodAndDrug,

    /// <summary>工业企业.</summary>
    Industrial,

    /// <summary>物流运输企业.</summary>
    LogisticsAndTransport,
}

/// <summary>One inspection item of a scenario: what is checked, by which department, under which law.</summary>
/// <param name="Code">Stable code, e.g. "IN-01"; findings name it.</param>
public sealed record ChecklistItem(string Code, Scenario Scenario, string Item, string Department, string LegalBasis);

/// <summary>
/// One version of the scenario checklists (应用场景清单): every item of every participating department, grouped by enterprise
/// category. A comprehensive inspection checks every item of the enterprise's scenario in one visit; the departments it
/// brings are the items' departments. Plans and inspections record the version they used (ADR 0062).
/// </summary>
/// <param name="PublishedBy">Who published it (the server's actor); null for the seeded version 1.</param>
public sealed record ChecklistVersion(int Number, IReadOnlyList<ChecklistItem> Items, string? Reason, string? PublishedBy, DateTimeOffset? PublishedAt)
{
    public IReadOnlyList<ChecklistItem> Of(Scenario scenario) => Items.Where(i => i.Scenario == scenario).ToList();

    /// <summary>The departments a comprehensive inspection of the scenario brings, in the order their items are listed.</summary>
    public IReadOnlyList<string> DepartmentsOf(Scenario scenario) => Of(scenario).Select(i => i.Department).Distinct().ToList();

    /// <summary>The items an exception inspection of the department may find on: the department's own, in every scenario.</summary>
    public IReadOnlyList<ChecklistItem> OfDepartment(string department) => Items.Where(i => i.Department == department).ToList();
}

/// <summary>The seeded checklists (version 1, from the seed's plan): the default until the Admin publishes another version.</summary>
internal static class ScenarioChecklists
{
    public static readonly ChecklistVersion Seed = new(1,
    [
        new("FD-01", Scenario.FoodAndDrug, "食品生产经营许可及过程控制", Departments.MarketSupervision, "《中华人民共和国食品安全法》"),
        new("FD-02", Scenario.FoodAndDrug, "药品经营质量管理规范执行", Departments.MarketSupervision, "《中华人民共和国药品管理法》"),
        new("FD-03", Scenario.FoodAndDrug, "从业人员健康管理", Departments.HealthCommission, "《中华人民共和国食品安全法》"),
        new("FD-04", Scenario.FoodAndDrug, "废水排放与污染防治设施运行", Departments.EcologyEnvironment, "《中华人民共和国水污染防治法》"),
        new("FD-05", Scenario.FoodAndDrug, "消防安全管理", Departments.FireRescue, "《中华人民共和国消防法》"),
        new("FD-06", Scenario.FoodAndDrug, "食用农产品进货查验", Departments.Agriculture, "《中华人民共和国农产品质量安全法》"),
        new("FD-07", Scenario.FoodAndDrug, "劳动用工与工资支付", Departments.HumanResources, "《劳动保障监察条例》"),
        new("IN-01", Scenario.Industrial, "安全生产责任制与隐患排查治理", Departments.EmergencyManagement, "《中华人民共和国安全生产法》"),
        new("IN-02", Scenario.Industrial, "危险化学品储存使用", Departments.EmergencyManagement, "《危险化学品安全管理条例》"),
        new("IN-03", Scenario.Industrial, "排污许可与大气污染防治", Departments.EcologyEnvironment, "《排污许可管理条例》"),
        new("IN-04", Scenario.Industrial, "特种设备使用管理", Departments.MarketSupervision, "《中华人民共和国特种设备安全法》"),
        new("IN-05", Scenario.Industrial, "消防安全管理", Departments.FireRescue, "《中华人民共和国消防法》"),
        new("IN-06", Scenario.Industrial, "职业病防治", Departments.HealthCommission, "《中华人民共和国职业病防治法》"),
        new("IN-07", Scenario.Industrial, "在建工程施工安全", Departments.HousingConstruction, "《建设工程安全生产管理条例》"),
        new("IN-08", Scenario.Industrial, "劳动用工与工资支付", Departments.HumanResources, "《劳动保障监察条例》"),
        new("LT-01", Scenario.LogisticsAndTransport, "道路运输经营许可与车辆管理", Departments.Transport, "《中华人民共和国道路运输条例》"),
        new("LT-02", Scenario.LogisticsAndTransport, "危险货物道路运输", Departments.Transport, "《危险货物道路运输安全管理办法》"),
        new("LT-03", Scenario.LogisticsAndTransport, "仓储场所消防安全", Departments.FireRescue, "《中华人民共和国消防法》"),
        new("LT-04", Scenario.LogisticsAndTransport, "安全生产责任制", Departments.EmergencyManagement, "《中华人民共和国安全生产法》"),
        new("LT-05", Scenario.LogisticsAndTransport, "场站周边市容与车辆停放", Departments.UrbanManagement, "《城市市容和环境卫生管理条例》"),
        new("LT-06", Scenario.LogisticsAndTransport, "冷链食品贮存运输", Departments.MarketSupervision, "《中华人民共和国食品安全法》"),
        new("LT-07", Scenario.LogisticsAndTransport, "成品油及商贸流通经营", Departments.Commerce, "《成品油市场管理办法》"),
    ], null, null, null);

    public static string ToChinese(this Scenario scenario) => scenario switch
    {
        Scenario.FoodAndDrug => "食品药品企业",
        Scenario.Industrial => "工业企业",
        _ => "物流运输企业",
    };
}
