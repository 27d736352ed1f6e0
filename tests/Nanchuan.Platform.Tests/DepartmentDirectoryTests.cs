using Alba;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// Issue 14, point 10 (ADR 0059): the departments and units directory is Admin-managed reference data. Every change is an
/// event whose who and when come from the server (audit API); everyone signed in lists it; dev tokens carry its ids.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DepartmentDirectoryTests(PlatformHost platform)
{
    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30];

    [Fact]
    public async Task The_directory_ships_every_unit_the_spec_and_the_modules_name_and_everyone_signed_in_lists_it()
    {
        var units = await platform.Get(TestActors.Enterprise, DepartmentQueries.Route).Read<List<DepartmentView>>();
        units.Select(u => u.Id).ShouldBeUnique();
        foreach (var seeded in DepartmentSeed.All)
            units.ShouldContain(u => u.Id == seeded.Id && u.Name == seeded.Name && u.Kind == seeded.Kind && u.Active);
        units.Single(u => u.Id == "qu-sifaju").EnglishName.ShouldBe("District Justice Bureau");
        (await platform.Get(TestActors.Citizen, $"{DepartmentQueries.Route}/qu-fayuan").Read<DepartmentView>()).Kind.ShouldBe(DepartmentKind.CourtOrCentre);
        await platform.Get(TestActors.Citizen, $"{DepartmentQueries.Route}/qu-nosuchunit", 404);
    }

    [Fact]
    public async Task An_admins_rename_is_an_event_in_the_audit_history_with_who_and_when_from_the_server()
    {
        var id = NewId("test-audit");
        var added = await platform.Post(TestActors.Admin, DepartmentQueries.Route,
            new AddDepartment(id, "区测试局", "District Test Bureau", DepartmentKind.DistrictDepartment)).Read<DepartmentView>();
        var renamed = await platform.Host.Scenario(s =>
        {
            s.Put.Json(new RenameDepartment("区测试和评估局", "District Testing and Evaluation Bureau")).ToUrl($"{DepartmentQueries.Route}/{id}/name");
            s.As(platform, TestActors.Admin);
        }).Read<DepartmentView>();
        renamed.ShouldBe(added with { Name = "区测试和评估局", EnglishName = "District Testing and Evaluation Bureau", Version = 2 });
        (await platform.Get(TestActors.Enterprise, $"{DepartmentQueries.Route}/{id}").Read<DepartmentView>()).ShouldBe(renamed);

        var history = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{added.StreamId}").Read<StreamHistory>();
        history.Events.Select(e => e.EventType).ShouldBe(["department_added", "department_renamed"]);
        var rename = history.Events[1];
        rename.Summary.ShouldBe($"机构更名：区测试局改为区测试和评估局（{id}）");
        rename.Actor.ShouldBe(new AuditActor(TestActors.Admin.Id, TestActors.Admin.Name, Roles.Admin, null, Channels.Web));
        rename.Timestamp.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Only_admins_change_the_directory_and_bad_input_is_a_field_error()
    {
        var body = new AddDepartment(NewId("test-role"), "区某局", "Some Bureau", DepartmentKind.DistrictDepartment);
        foreach (var actor in new[] { TestActors.BusinessOffice, TestActors.MarketRegulator, TestActors.Enterprise, TestActors.Supervisor })
            await platform.Post(actor, DepartmentQueries.Route, body, 403);

        var problem = await platform.Post(TestActors.Admin, DepartmentQueries.Route, body with { Id = "区某局", Name = " " }, 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["id", "name"], ignoreOrder: true);
        await platform.Post(TestActors.Admin, DepartmentQueries.Route, body with { Id = "qu-sifaju" }, 409);
        await platform.Get(TestActors.Admin, $"{DepartmentQueries.Route}/{body.Id}", 404);
    }

    [Fact]
    public async Task A_deactivated_unit_leaves_the_list_stays_readable_and_cannot_be_deactivated_again()
    {
        var id = NewId("test-deact");
        await platform.Post(TestActors.Admin, DepartmentQueries.Route, new AddDepartment(id, "测试镇人民政府", "Test Town Government", DepartmentKind.TownOrStreet));
        var deactivated = await platform.Post(TestActors.Admin, $"{DepartmentQueries.Route}/{id}/deactivation", new DeactivateDepartment("撤并")).Read<DepartmentView>();
        deactivated.Active.ShouldBeFalse();

        (await platform.Get(TestActors.BusinessOffice, DepartmentQueries.Route).Read<List<DepartmentView>>()).ShouldNotContain(u => u.Id == id);
        (await platform.Get(TestActors.BusinessOffice, $"{DepartmentQueries.Route}?includeInactive=true").Read<List<DepartmentView>>()).ShouldContain(u => u.Id == id && !u.Active);
        await platform.Post(TestActors.Admin, $"{DepartmentQueries.Route}/{id}/deactivation", new DeactivateDepartment("再次"), 409);
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(new DevelopmentTokenRequest(Roles.DepartmentHandler, null, null, id, null)).ToUrl(DevelopmentTokens.Route);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("\"department\"");
        });
    }

    [Theory]
    [InlineData("qu-sifaju")]
    [InlineData("区司法局")]
    public async Task A_development_token_carries_the_directory_unit_given_by_id_or_name(string department)
    {
        var token = await platform.Host.Scenario(s =>
            s.Post.Json(new DevelopmentTokenRequest(Roles.DepartmentHandler, null, null, department, null)).ToUrl(DevelopmentTokens.Route))
            .Read<DevelopmentTokenResponse>();
        token.Actor.DepartmentId.ShouldBe("qu-sifaju");
        token.Actor.Department.ShouldBe("区司法局");
        new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ReadJwtToken(token.AccessToken).Claims
            .ShouldContain(claim => claim.Type == "department_id" && claim.Value == "qu-sifaju");
    }
}
