using System.Text.Json.Nodes;
using Nanchuan.Procurement.Awarding;
using Nanchuan.Procurement.Contracting;
using Nanchuan.Procurement.Tests.Api;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.OpenData;

/// <summary>Point 6: a project's history as an OCDS 1.1 release package at a public endpoint, checked against the standard's schema and rules.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class OcdsTests(ProcurementHost platform)
{
    [Fact]
    public async Task A_project_to_its_completion_is_published_without_sign_in_as_a_valid_OCDS_release_package_with_amounts_and_dates_as_recorded()
    {
        platform.SetTime(RegisteredProjects.PublishedAt);
        var id = (await platform.PublishAsync(Project(860_000.50m))).Id;
        platform.SetTime(Time("2025-04-10 11:00"));
        await platform.Post(Bidders[0], Route + $"/projects/{id}/registrations", new Registration.RegisterBidderBody(null));
        await platform.Post(Bidders[1], Route + $"/projects/{id}/registrations", new Registration.RegisterBidderBody(null));
        var whileRegistering = await PackageAsync(id);
        whileRegistering["releases"]!.AsArray().Count.ShouldBe(1);
        whileRegistering.ToJsonString().ShouldNotContain(Bidders[0].CreditCode!);

        platform.SetTime(RegisteredProjects.AfterClose);
        await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody("ocds", null, null));
        platform.SetTime(Time("2025-04-18 09:30"));
        await platform.Post(Owner, Route + $"/projects/{id}/contract", new SignContractBody("HT-OCDS-1", 845_000.05m));
        platform.SetTime(Time("2025-04-21 08:00"));
        await platform.Post(Owner, Route + $"/projects/{id}/works-start", new { });
        platform.SetTime(Time("2025-09-30 15:00"));
        await platform.Post(Owner, Route + $"/projects/{id}/completion-acceptance", new AcceptCompletionBody("质量合格"));

        var json = await platform.OcdsPackageAsync(id);
        (await OcdsSchema.ErrorsAsync(json)).ShouldBeEmpty();
        OcdsRules.Problems(json, id).ShouldBeEmpty();

        var package = JsonNode.Parse(json)!;
        var releases = package["releases"]!.AsArray();
        releases.Select(r => string.Join('+', r!["tag"]!.AsArray().Select(t => (string)t!)))
            .ShouldBe(["tender", "award", "contract", "implementation", "implementationUpdate+contractTermination"]);
        releases.Select(r => (string)r!["tender"]!["status"]!).ShouldBe(["active", "complete", "complete", "complete", "complete"]);
        ((string)releases[0]!["ocid"]!).ShouldBe($"ocds-nc5001-{id}");
        var last = releases[^1]!;
        last["tender"]!["value"]!.ToJsonString().ShouldBe("""{"amount":860000.50,"currency":"CNY"}""");
        last["contracts"]![0]!["value"]!.ToJsonString().ShouldBe("""{"amount":845000.05,"currency":"CNY"}""");
        ((string)last["tender"]!["procurementMethod"]!).ShouldBe("open");
        ((int)last["tender"]!["numberOfTenderers"]!).ShouldBe(2);
        var events = await platform.EventsAsync(id);
        DateTimeOffset.Parse((string)releases[0]!["date"]!).ShouldBe(events.OfType<WorksProjectPublished>().Single().PublishedAt);
        DateTimeOffset.Parse((string)last["contracts"]![0]!["dateSigned"]!).ShouldBe(Time("2025-04-18 09:30"));
        DateTimeOffset.Parse((string)last["contracts"]![0]!["implementation"]!["milestones"]![0]!["dateMet"]!).ShouldBe(Time("2025-09-30 15:00"));
        ((string)last["contracts"]![0]!["status"]!).ShouldBe("terminated");
        ((string)package["uri"]!).ShouldEndWith($"/api/procurement/public/projects/{id}/ocds");
    }

    [Fact]
    public async Task The_schema_check_fails_on_a_package_that_breaks_the_standard()
    {
        platform.SetTime(RegisteredProjects.PublishedAt);
        var id = (await platform.PublishAsync(Project(300_000m))).Id;
        var package = await PackageAsync(id);
        var release = package["releases"]![0]!.AsObject();
        release["tender"]!["value"]!["currency"] = "RMB";
        release.Remove("initiationType");
        release["tender"]!["status"] = "open";
        (await OcdsSchema.ErrorsAsync(package.ToJsonString())).Select(e => e.Split(' ')[0])
            .ShouldBe(["NotInEnumeration", "PropertyRequired", "NotInEnumeration"], ignoreOrder: true);
        release["ocid"] = $"nanchuan-{id}";
        release["buyer"]!["name"] = "别的单位";
        OcdsRules.Problems(package.ToJsonString(), id).Count.ShouldBe(3);
    }

    [Fact]
    public async Task An_unknown_project_is_404()
    {
        await platform.Scenario(s =>
        {
            s.Get.Url(Route + $"/public/projects/{Guid.NewGuid()}/ocds");
            s.StatusCodeShouldBe(404);
        });
    }

    private async Task<JsonNode> PackageAsync(Guid id) => JsonNode.Parse(await platform.OcdsPackageAsync(id))!;
}
