using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// Issue 14, point 10 (ADR 0060): the handling unit is chosen from the directory by id. A misspelt or deactivated unit is a
/// 400 on the field with nothing written; handlers find their requests by the unit's id, so a renamed unit keeps them.
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed class HandlingUnitByIdTests(GrievancesHost platform)
{
    private async Task<Guid> Received()
    {
        platform.SetTime(GrievanceApi.At(2024, 7, 9, 10, 0));
        return (await platform.Receive()).Id;
    }

    [Theory]
    [InlineData("区市场监管局")]          // the name, as the API took it before
    [InlineData("qu-shichangjianguanj")] // misspelt id
    public async Task A_unit_that_is_not_in_the_directory_is_a_400_on_the_field_and_nothing_is_written(string unit)
    {
        var id = await Received();
        var problem = await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/assignment",
            new AssignRequest(ProblemType.Simple, null, unit), 400).Read<HttpValidationProblemDetails>();

        var message = problem.Errors["handlingUnitId"].ShouldHaveSingleItem();
        message.ShouldContain("机构目录中没有");
        message.ShouldContain("the directory has no unit");
        (await platform.Host.EventsAsync(id)).ShouldHaveSingleItem().ShouldBeOfType<GrievanceReceived>();
    }

    [Fact]
    public async Task A_deactivated_unit_cannot_be_chosen_for_a_new_assignment()
    {
        var unitId = $"test-closed-{Guid.NewGuid():N}"[..30];
        await platform.Post(TestActors.Admin, DepartmentQueries.Route, new AddDepartment(unitId, "区测试撤并局", "District Merged Bureau", DepartmentKind.DistrictDepartment));
        await platform.Post(TestActors.Admin, $"{DepartmentQueries.Route}/{unitId}/deactivation", new DeactivateDepartment("机构改革撤并"));

        var id = await Received();
        var problem = await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/assignment",
            new AssignRequest(ProblemType.Simple, null, unitId), 400).Read<HttpValidationProblemDetails>();
        problem.Errors["handlingUnitId"].ShouldHaveSingleItem().ShouldContain("已停用");
        (await platform.Host.EventsAsync(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_assignment_keeps_the_units_id_and_the_name_it_had_then_and_its_handlers_find_it_by_id_after_a_rename()
    {
        var unitId = $"test-renamed-{Guid.NewGuid():N}"[..30];
        await platform.Post(TestActors.Admin, DepartmentQueries.Route, new AddDepartment(unitId, "区旧名局", "Old Name Bureau", DepartmentKind.DistrictDepartment));
        var id = await Received();
        var issued = await platform.Assign(id, unit: unitId);
        issued.HandlingUnitId.ShouldBe(unitId);
        issued.HandlingUnit.ShouldBe("区旧名局");

        await platform.Host.Scenario(s =>
        {
            s.Put.Json(new RenameDepartment("区新名局", "New Name Bureau")).ToUrl($"{DepartmentQueries.Route}/{unitId}/name");
            s.As(platform, TestActors.Admin);
        });
        var handler = new Actor("dh-renamed", "区新名局 经办人", Roles.DepartmentHandler, "区新名局", null, Channels.Web, DepartmentId: unitId);
        (await platform.Get(handler, GrievanceApi.Route).Read<List<GrievanceListItem>>()).ShouldContain(item => item.Id == id);
        await platform.Get(handler, $"{GrievanceApi.Route}/{id}");
        (await platform.Host.EventsAsync(id)).OfType<GrievanceAssigned>().Single().HandlingUnitName.ShouldBe("区旧名局");

        // The same department name without the unit's id (a token not from the directory) sees nothing.
        var byNameOnly = handler with { Id = "dh-name-only", DepartmentId = null };
        (await platform.Get(byNameOnly, GrievanceApi.Route).Read<List<GrievanceListItem>>()).ShouldNotContain(item => item.Id == id);
        await platform.Get(byNameOnly, $"{GrievanceApi.Route}/{id}", 403);
    }

    [Fact]
    public async Task A_stored_assignment_that_named_a_seeded_unit_reads_with_the_units_id()
    {
        var old = new GrievanceAssignedV1(Guid.NewGuid(), 1, "ncqhww2024-01", ProblemType.Simple, 2, "区市场监管局", "区市场监管局",
            GrievanceApi.At(2024, 5, 9, 10, 0), GrievanceApi.At(2024, 5, 11, 18, 0));
        var upcast = old.Upcast();
        upcast.HandlingUnitId.ShouldBe(DepartmentSeed.ByName("区市场监管局").Id);
        upcast.HandlingUnitName.ShouldBe("区市场监管局");
        (old with { HandlingUnitId = "区不存在局" }).Upcast().HandlingUnitId.ShouldBe("区不存在局");
    }
}
