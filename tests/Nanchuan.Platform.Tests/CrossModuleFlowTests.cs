using System.Text.Json.Nodes;
using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The spec's cross-module flows through the REST API of the whole platform, as a district user sees them:
/// a company registered in Licensing is known to Grievances, and a request lodged at the hall's 企业之家 desk
/// enters the Grievances loop — modules talking only through their contracts and the outbox.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CrossModuleFlowTests(PlatformHost platform)
{
    [Fact]
    public async Task A_company_registered_at_a_service_point_is_known_to_the_enterprise_request_loop()
    {
        var name = $"重庆南川跨模块测试{Guid.NewGuid():N}"[..20] + "有限公司";
        var filed = await Json(await Send(TestActors.ClerkAt("东城"), "/api/licensing/registrations",
            new { servicePoint = "东城", companyName = name, legalRepresentative = "李明", address = "重庆市南川区东城街道金佛大道1号", industry = "茶叶种植与加工" }));
        var id = filed["id"]!.GetValue<Guid>();
        await platform.Host.TrackAsync(() => Send(TestActors.ClerkAt("东城"), $"/api/licensing/registrations/{id}/acceptance", null));

        JsonObject? issued = null;
        await platform.Host.TrackAsync(async () => issued = await Json(await Send(TestActors.ClerkAt("东城"), $"/api/licensing/registrations/{id}/licence", null)));
        var creditCode = issued!["creditCode"]!.GetValue<string>();

        // The new company lodges a request under its code without repeating its name: Grievances fills it in from the register.
        var company = new Actor("ent-new", name, Roles.Enterprise, null, creditCode, Channels.Web);
        var received = await Json(await Send(company, "/api/grievances",
            new { channel = "platform", enterpriseName = "", creditCode, contactPerson = "李明", phone = "13800000001", content = "新办企业用电报装咨询" }, 201));
        received["registeredEnterpriseName"]!.GetValue<string>().ShouldBe(name);

        // Enforcement knows it too: an exception inspection of it needs no name and shows the registered one.
        var inspected = await Json(await Send(TestActors.MarketRegulator, "/api/enforcement/inspections",
            new { creditCode, exceptionType = "specialSupervision", exceptionBasis = "新办企业专项检查", inspectors = new[] { "市场监管局 刘某", "市场监管局 何某" } }, 201));
        var inspection = JsonNode.Parse(await (await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/enforcement/inspections/{inspected["id"]!.GetValue<Guid>()}");
            s.As(platform, TestActors.MarketRegulator);
        })).ReadAsTextAsync())!;
        inspection["enterpriseName"]!.GetValue<string>().ShouldBe(name);
    }

    [Fact]
    public async Task A_request_lodged_at_the_enterprise_home_desk_enters_the_grievances_loop()
    {
        var content = $"企业之家转来：园区道路照明不足（{Guid.NewGuid():N}）";
        await platform.Host.TrackAsync(() => Send(TestActors.WindowClerk, "/api/licensing/enterprise-home/requests",
            new { enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode, contactPerson = "王经理", phone = "13800000000", content }));

        var list = JsonNode.Parse(await (await platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/grievances?limit=500");
            s.As(platform, TestActors.BusinessOffice);
        })).ReadAsTextAsync())!.AsArray();
        var lodged = list.Single(item => item!["content"]!.GetValue<string>() == content)!;
        lodged["channel"]!.GetValue<string>().ShouldBe("enterpriseHomeDesk");
        lodged["status"]!.GetValue<string>().ShouldBe("received");
    }

    [Fact]
    public async Task An_exception_inspection_made_on_a_grievance_is_linked_to_it_in_both_modules()
    {
        var content = $"夜间生产噪声扰民，请核查（{Guid.NewGuid():N}）";
        var received = await Json(await Send(TestActors.Enterprise, "/api/grievances",
            new { channel = "platform", enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode, contactPerson = "王经理",
                  phone = "13800000000", content }, 201));
        var grievanceId = received["id"]!.GetValue<Guid>();
        await platform.Host.TrackAsync(() => Send(TestActors.BusinessOffice, $"/api/grievances/{grievanceId}/assignment",
            new { problemType = "general", handlingUnitId = "qu-shichangjianguanju" }));

        var inspection = new
        {
            creditCode = TestActors.Enterprise.CreditCode, enterpriseName = "重庆南川示例科技有限公司", exceptionType = "complaint",
            exceptionBasis = "企业诉求：夜间生产噪声扰民", linkedCaseId = grievanceId, inspectors = new[] { "市场监管局 刘某", "市场监管局 何某" },
        };
        // The request is about another enterprise, or is no assigned request at all: 400 on the link, nothing recorded.
        (await Json(await Send(TestActors.MarketRegulator, "/api/enforcement/inspections", inspection with { creditCode = "91500119MA5UXY7Q3N" }, 400)))
            ["errors"]!["linkedCaseId"].ShouldNotBeNull();
        (await Json(await Send(TestActors.MarketRegulator, "/api/enforcement/inspections", inspection with { linkedCaseId = Guid.NewGuid() }, 400)))
            ["errors"]!["linkedCaseId"].ShouldNotBeNull();

        JsonObject? recorded = null;
        await platform.Host.TrackAsync(async () => recorded = await Json(await Send(TestActors.MarketRegulator, "/api/enforcement/inspections", inspection, 201)));
        var inspectionId = recorded!["id"]!.GetValue<Guid>();

        var grievance = JsonNode.Parse(await (await platform.Host.Scenario(s =>
        {
            s.Get.Url($"/api/grievances/{grievanceId}");
            s.As(platform, TestActors.BusinessOffice);
        })).ReadAsTextAsync())!;
        var related = grievance["relatedCases"]!.AsArray().ShouldHaveSingleItem()!;
        related["module"]!.GetValue<string>().ShouldBe("Enforcement");
        related["caseId"]!.GetValue<Guid>().ShouldBe(inspectionId);
        related["description"]!.GetValue<string>().ShouldContain("投诉举报");
    }

    [Theory]
    [InlineData("1380000000")]   // ten digits: the desk's old check let it through, Grievances refuses it
    [InlineData("023-7199")]
    public async Task The_desk_refuses_what_the_grievances_intake_would_refuse_before_it_answers(string phone)
    {
        var content = $"企业之家转来：电话有误（{Guid.NewGuid():N}）";
        var session = await platform.Host.TrackAsync(async () =>
        {
            var refused = await Json(await Send(TestActors.WindowClerk, "/api/licensing/enterprise-home/requests",
                new { enterpriseName = "重庆南川示例科技有限公司", creditCode = TestActors.Enterprise.CreditCode, contactPerson = "王经理", phone, content }, 400));
            refused["errors"]!["phone"]![0]!.GetValue<string>().ShouldContain("联系电话格式不正确");
        });
        session.Sent.MessagesOf<Nanchuan.Grievances.Contracts.LodgeEnterpriseRequest>().ShouldBeEmpty();
    }

    private Task<IScenarioResult> Send(Actor actor, string url, object? body, int status = 200) => platform.Host.Scenario(s =>
    {
        if (body is null) s.Post.Url(url);
        else s.Post.Json(body).ToUrl(url);
        s.As(platform, actor);
        s.StatusCodeShouldBe(status);
    });

    private static async Task<JsonObject> Json(IScenarioResult result) => JsonNode.Parse(await result.ReadAsTextAsync())!.AsObject();
}
