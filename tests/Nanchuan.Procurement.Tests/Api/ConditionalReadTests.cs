namespace Nanchuan.Procurement.Tests.Api;

/// <summary>Conditional reads of a works project (ADR 0119): its version as ETag, 304 while unchanged, the project again after a write.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class ConditionalReadTests(ProcurementHost platform)
{
    [Fact]
    public async Task A_project_is_a_304_while_unchanged_and_sent_again_under_the_write_s_tag_after_a_registration()
    {
        platform.SetTime(Time("2026-03-10 10:00"));
        var id = (await platform.PublishAsync(ProcurementApi.Project(800_000m))).Id;
        var url = $"{ProcurementApi.Route}/projects/{id}";
        var before = await platform.CurrentTagAsync(ProcurementApi.AgricultureDesk, url);

        platform.SetTime(Time("2026-03-11 10:00"));
        var registered = await platform.Post(ProcurementApi.Bidders[0], $"{url}/registrations", new Registration.RegisterBidderBody(null));

        (await platform.ChangedSinceAsync(ProcurementApi.AgricultureDesk, url, before)).ShouldBe(ConditionalReads.ETagOf(registered));
    }
}
