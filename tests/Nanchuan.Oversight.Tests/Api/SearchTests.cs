using System.Text.Json.Nodes;
using Nanchuan.Grievances.Assigning;
using Nanchuan.LandUse.Contracts;
using Nanchuan.LandUse.Projects;
using Nanchuan.Oversight.Searching;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>The cross-module search (issue 20 point 5): every kind of number, names, paging, the reader's access, bad queries.</summary>
[Collection(OversightCollection.Name)]
public sealed class SearchTests(OversightHost platform)
{
    private static readonly Actor Enterprise = Enterprise("91500111MA5U8XRB9L", "重庆南川检索甲科技有限公司");
    private static readonly Actor Builder = Enterprise("91500112MA5U8XRB93", "重庆南川检索乙建材有限公司");
    private static readonly Actor Requester = Enterprise("91500113MA5U8XRB9H", "重庆南川检索丙食品有限公司");
    private static readonly Actor Stranger = Enterprise("91500114MA5U8XRB90", "重庆南川检索丁物流有限公司");

    [Fact]
    public async Task Cases_are_found_by_slip_number_project_code_application_number_credit_code_and_name()
    {
        platform.SetTime(At(2025, 3, 3, 10, 0));
        var grievance = Guid.Empty;
        await platform.Tracked(async () => grievance = await platform.ReceiveGrievance(Enterprise));
        platform.SetTime(At(2025, 3, 3, 10, 30));
        AssignmentIssued assigned = null!;
        await platform.Tracked(async () => assigned = await platform.AssignGrievance(grievance));
        ProjectStarted project = null!;
        await platform.Tracked(async () => project = await platform.Host.Post(TestActors.Planner, "/api/landuse/projects",
            new StartProject(SupplyType.Allocation, "南川检索新材料产业园一期", Builder.CreditCode!, Builder.Name)).Read<ProjectStarted>());
        // A Licensing application has no number but its id (受理编号 = the case id), as Utilities' connections.
        var application = new OversightCase("Licensing", "application", Guid.NewGuid(), Enterprise.CreditCode, "区市场监管局");
        await platform.Host.InvokeMessageAndWaitAsync(new CaseOpened(application, $"食品经营许可：{Enterprise.Name}", At(2025, 3, 4, 9, 0), EnterpriseName: Enterprise.Name));

        var bySlip = (await platform.Search(TestActors.BusinessOffice, assigned.SlipNumber)).Items.ShouldHaveSingleItem();
        bySlip.ShouldSatisfyAllConditions(h => h.CaseId.ShouldBe(grievance), h => h.MatchedOn.ShouldBe("number"), h => h.Module.ShouldBe("Grievances"),
            h => h.Numbers.ShouldBe([$"交办单编号 {assigned.SlipNumber}"]), h => h.EnterpriseName.ShouldBe(Enterprise.Name));
        var byCode = (await platform.Search(TestActors.BusinessOffice, project.Code.ToLowerInvariant())).Items.ShouldHaveSingleItem();
        byCode.ShouldSatisfyAllConditions(h => h.CaseId.ShouldBe(project.StreamId), h => h.MatchedOn.ShouldBe("reference"), h => h.Reference.ShouldBe(project.Code));
        (await platform.Search(TestActors.BusinessOffice, application.CaseId.ToString())).Items.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(h => h.CaseId.ShouldBe(application.CaseId), h => h.MatchedOn.ShouldBe("caseId"));
        (await platform.Search(TestActors.BusinessOffice, Enterprise.CreditCode!)).Items.Select(h => (h.CaseId, h.MatchedOn))
            .ShouldBe([(application.CaseId, "creditCode"), (grievance, "creditCode")]);
        (await platform.Search(TestActors.BusinessOffice, "检索甲科技")).Items.Select(h => (h.CaseId, h.MatchedOn))
            .ShouldBe([(application.CaseId, "enterpriseName"), (grievance, "enterpriseName")]);
        (await platform.Search(TestActors.BusinessOffice, "检索乙")).Items.ShouldHaveSingleItem().CaseId.ShouldBe(project.StreamId);
        (await platform.Search(TestActors.BusinessOffice, "检索%乙")).Items.ShouldBeEmpty();

        // Latest first, one a page; the cursor walks to the end.
        var first = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/search?q={Enterprise.CreditCode}&limit=1").Read<OversightSearchPage>();
        first.Items.ShouldHaveSingleItem().CaseId.ShouldBe(application.CaseId);
        var second = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/search?q={Enterprise.CreditCode}&limit=1&cursor={first.NextCursor}");
        second.Context.Response.Headers.Link.ToString().ShouldBeEmpty();
        var last = await second.ReadAsJsonAsync<OversightSearchPage>();
        last.Items.ShouldHaveSingleItem().CaseId.ShouldBe(grievance);
        last.NextCursor.ShouldBeNull();
        // The deprecated `after` (ADR 0210) reads the same page.
        (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/search?q={Enterprise.CreditCode}&limit=1&after={first.NextCursor}").Read<OversightSearchPage>())
            .Items.ShouldHaveSingleItem().CaseId.ShouldBe(grievance);
    }

    [Fact]
    public async Task A_reader_finds_only_the_cases_it_may_open()
    {
        platform.SetTime(At(2025, 3, 10, 10, 0));
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(Requester));
        AssignmentIssued assigned = null!;
        await platform.Tracked(async () => assigned = await platform.AssignGrievance(id));

        (await platform.Search(TestActors.MarketRegulator, assigned.SlipNumber)).Items.ShouldHaveSingleItem().CaseId.ShouldBe(id);
        (await platform.Search(TestActors.Planner, assigned.SlipNumber)).Items.ShouldBeEmpty();
        (await platform.Search(TestActors.Planner, Requester.Name)).Items.ShouldBeEmpty();
        (await platform.Search(TestActors.Supervisor, assigned.SlipNumber)).Items.ShouldHaveSingleItem();
        (await platform.Search(Requester, assigned.SlipNumber)).Items.ShouldHaveSingleItem().CaseId.ShouldBe(id);
        (await platform.Search(Stranger, assigned.SlipNumber)).Items.ShouldBeEmpty();
        (await platform.Search(Stranger, Requester.CreditCode!)).Items.ShouldBeEmpty();
        await platform.Host.Get(TestActors.Admin, $"{Route}/search?q={assigned.SlipNumber}", 403);
        await platform.Host.Get(TestActors.Citizen, $"{Route}/search?q={assigned.SlipNumber}", 403);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    public async Task A_missing_or_blank_query_is_400_on_q(string query)
    {
        var problem = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/search{query}", 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["q"]);
        problem.Errors["q"].ShouldBe(["请填写检索词 / the search term q is required."]);
    }

    [Fact]
    public async Task A_query_over_64_characters_or_a_bad_page_is_400_with_field_messages()
    {
        var tooLong = Uri.EscapeDataString(new string('南', SearchCasesEndpoint.MaxQueryLength + 1));
        var problem = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/search?q={tooLong}&limit=0&cursor=xyz", 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["q", "limit", "cursor"], ignoreOrder: true);
        problem.Errors["q"].ShouldBe(["检索词不超过64个字符 / q has at most 64 characters."]);
        // Well-formed base64url JSON that no page issued: {}, null, and a position without its case.
        foreach (var token in new[] { "e30", "bnVsbA", "eyJBdCI6IjIwMjYtMDEtMDFUMDA6MDA6MDArMDA6MDAifQ" })
            (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/search?q=南川&cursor={token}", 400).Read<HttpValidationProblemDetails>())
                .Errors["cursor"].Single().ShouldContain(" / ");
        (await platform.Search(TestActors.BusinessOffice, new string('南', SearchCasesEndpoint.MaxQueryLength))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_deprecated_paging_names_are_flagged_in_the_openapi_document()
    {
        var document = JsonNode.Parse(await (await platform.Host.Get(TestActors.BusinessOffice, "/swagger/v1/swagger.json")).ReadAsTextAsync())!;
        foreach (var (path, page) in new[] { ("deadlines", "OversightDeadlinePage"), ("search", "OversightSearchPage") })
        {
            var parameters = document["paths"]![$"{Route}/{path}"]!["get"]!["parameters"]!.AsArray();
            parameters.Single(p => p!["name"]!.GetValue<string>() == "after")!["deprecated"]!.GetValue<bool>().ShouldBeTrue(path);
            parameters.Single(p => p!["name"]!.GetValue<string>() == "cursor")!["deprecated"].ShouldBeNull(path);
            var properties = document["components"]!["schemas"]!.AsObject().Single(s => s.Key.EndsWith(page, StringComparison.Ordinal)).Value!["properties"]!;
            properties["next"]!["deprecated"]!.GetValue<bool>().ShouldBeTrue(page);
            properties["nextCursor"]!["deprecated"].ShouldBeNull(page);
        }
    }
}
