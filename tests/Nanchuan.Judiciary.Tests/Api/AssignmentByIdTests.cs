using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.Judiciary.Assignment;
using Nanchuan.Judiciary.Referral;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>
/// Issue 14, point 10 (ADR 0060): the centre chooses the responsible unit from the directory by id. A misspelt or deactivated
/// unit is a 400 on <c>unitId</c> with nothing written; the event keeps the unit's id and the name it had then.
/// </summary>
[Collection(JudiciaryCollection.Name)]
public sealed class AssignmentByIdTests(JudiciaryHost platform)
{
    private async Task<Guid> ReferredAsync(string creditCode)
    {
        platform.SetTime(Time("2026-11-16 10:00"));
        var id = await platform.FileAsync(creditCode);
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("建议属地调处"));
        return id;
    }

    [Fact]
    public async Task A_misspelt_or_deactivated_unit_is_a_400_on_the_field_and_nothing_is_written()
    {
        var id = await ReferredAsync("91500119MA5JD0C192");
        var closed = $"test-closed-{Guid.NewGuid():N}"[..30];
        await platform.Post(TestActors.Admin, DepartmentQueries.Route, new AddDepartment(closed, "测试撤并镇人民政府", "Merged Town Government", DepartmentKind.TownOrStreet));
        await platform.Post(TestActors.Admin, $"{DepartmentQueries.Route}/{closed}/deactivation", new DeactivateDepartment("撤并"));
        var before = await platform.EventCountAsync();

        foreach (var (unit, reason) in new[] { ("南平镇人民政府", "机构目录中没有"), ("nanping-zhne", "the directory has no unit"), (closed, "已停用") })
        {
            var problem = await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(unit, null), 400).Read<HttpValidationProblemDetails>();
            problem.Errors["unitId"].ShouldHaveSingleItem().ShouldContain(reason);
        }
        (await platform.EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_assignment_keeps_the_units_id_and_its_name_then()
    {
        var id = await ReferredAsync("91500119MA5JD0C27W");
        await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(" nanping-zhen ", null));

        var assigned = (await platform.Host.EventsAsync(id)).OfType<MediationAssigned>().Single();
        assigned.UnitId.ShouldBe("nanping-zhen");
        assigned.Unit.ShouldBe("南平镇人民政府");
        await platform.Get(Unit("南平镇人民政府"), $"{Cases}/{id}");
    }
}
