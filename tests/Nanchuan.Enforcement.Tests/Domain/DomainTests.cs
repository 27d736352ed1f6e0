using Nanchuan.BuildingBlocks.Calendar;
namespace Nanchuan.Enforcement.Tests.Domain;

public class ChecklistTests
{
    [Fact]
    public void Three_scenarios_cover_the_eleven_departments_each_item_with_its_department_and_legal_basis()
    {
        Enum.GetValues<Scenario>().Length.ShouldBe(3);
        Departments.Inspecting.Count.ShouldBe(11);
        Departments.Inspecting.ShouldContain(Departments.MarketSupervision);
        Departments.Inspecting.ShouldContain(Departments.EcologyEnvironment);
        Departments.Inspecting.ShouldContain(Departments.EmergencyManagement);
        ScenarioChecklists.Seed.Items.Select(i => i.Department).Distinct().Order().ShouldBe(Departments.Inspecting.Order());
        ScenarioChecklists.Seed.Items.ShouldAllBe(i => i.LegalBasis.StartsWith('《') && i.Item.Length > 0);
        ScenarioChecklists.Seed.Items.Select(i => i.Code).ShouldBeUnique();
    }
}

public class QuarterTests
{
    [Fact]
    public void A_quarter_is_counted_in_beijing_time_and_its_first_month_is_the_planning_month()
    {
        Quarter.Of(new DateTimeOffset(2025, 3, 31, 16, 30, 0, TimeSpan.Zero)).ShouldBe(new Quarter(2025, 2)); // 00:30 on 1 April in Beijing
        new Quarter(2025, 4).Months.ShouldBe(["2025-10", "2025-11", "2025-12"]);
        Quarter.TryParse("2025Q3", out var q).ShouldBeTrue();
        q.ToString().ShouldBe("2025Q3");
        Quarter.TryParse("2025Q5", out _).ShouldBeFalse();
    }
}

public class PlanDrawTests
{
    private static readonly PoolEnterprise[] Pool =
    [
        new("A", "甲", Scenario.FoodAndDrug), new("B", "乙", Scenario.Industrial), new("C", "丙", Scenario.LogisticsAndTransport), new("D", "丁", Scenario.Industrial),
    ];

    private static readonly PoolInspector[] Inspectors =
        [.. Departments.Inspecting.SelectMany((d, i) => new[] { new PoolInspector($"{i}a", "甲", d), new PoolInspector($"{i}b", "乙", d), new PoolInspector($"{i}c", "丙", d) })];

    [Fact]
    public void The_draw_is_a_function_of_its_candidates_and_seed()
    {
        var first = PlanDraw.Run(new Quarter(2025, 2), ScenarioChecklists.Seed, Pool, Inspectors, 3, "seed");
        Same(PlanDraw.Run(new Quarter(2025, 2), ScenarioChecklists.Seed, [.. Pool.Reverse()], [.. Inspectors.Reverse()], 3, "seed"), first).ShouldBeTrue();
        first.Select(e => e.Month).ShouldBe(["2025-04", "2025-05", "2025-06"]);
        PlanDraw.Problems(ScenarioChecklists.Seed, Pool, Inspectors, 3).ShouldBeEmpty();
        PlanDraw.Problems(ScenarioChecklists.Seed, Pool, Inspectors, 5).Keys.ShouldBe(["enterprisesToInspect"]);
    }

    private static bool Same(IReadOnlyList<PlannedInspection> a, IReadOnlyList<PlannedInspection> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.CreditCode == p.Second.CreditCode && p.First.Month == p.Second.Month
            && p.First.Inspectors.SequenceEqual(p.Second.Inspectors) && p.First.Departments.SequenceEqual(p.Second.Departments));
}
