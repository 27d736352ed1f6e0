using System.Text;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;
using Wolverine.Http;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// Conditional reads of a case (ADR 0119), shown on the reference module's detail read: the answer carries the case's
/// version as ETag, and a GET whose If-None-Match names it (RFC 9110 §13.1.2) is a 304 without a body.
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed class ConditionalReadTests(GrievancesHost platform)
{
    private Task<IScenarioResult> Read(Guid id, string? ifNoneMatch, int status, Actor? actor = null) => platform.Host.Scenario(s =>
    {
        s.Get.Url($"{GrievanceApi.Route}/{id}");
        s.As(platform, actor ?? TestActors.BusinessOffice);
        if (ifNoneMatch is not null) s.WithRequestHeader("If-None-Match", ifNoneMatch);
        s.StatusCodeShouldBe(status);
    });

    private static string? ETag(IScenarioResult result) => result.Context.Response.Headers.ETag.FirstOrDefault();

    /// <summary>A request of 2024-11-(10 + day): a month no other test of the collection counts (the intake summary counts a whole day).</summary>
    private async Task<Guid> AssignedRequest(int day)
    {
        platform.SetTime(GrievanceApi.At(2024, 11, 10 + day, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id);
        return id;
    }

    /// <summary>The handler records a contact with the enterprise of the request assigned on 2024-11-(10 + day), an hour later.</summary>
    private Task<IScenarioResult> Contact(Guid id, int day)
    {
        platform.SetTime(GrievanceApi.At(2024, 11, 10 + day, 11, 0));
        return platform.Post(TestActors.MarketRegulator, $"{GrievanceApi.Route}/{id}/contact",
            new Handling.RecordContactRequest(ContactMethod.Phone, GrievanceApi.At(2024, 11, 10 + day, 10, 30), "核实诉求"));
    }

    [Fact]
    public async Task A_read_answers_the_version_as_ETag_and_the_same_tag_again_is_a_304_without_a_body()
    {
        var id = await AssignedRequest(1);

        var first = await Read(id, null, 200);
        var details = await first.ReadAsJsonAsync<GrievanceDetails>();
        ETag(first).ShouldBe($"\"{details.Version}\"");
        first.Context.Response.Headers.CacheControl.ToString().ShouldBe("private, no-cache");

        var again = await Read(id, ETag(first), 304);

        ETag(again).ShouldBe(ETag(first));
        (await again.ReadAsTextAsync()).ShouldBeEmpty();
        again.Context.Response.ContentType.ShouldBeNull();
    }

    [Fact]
    public async Task After_a_write_the_old_tag_gets_the_request_again_with_its_new_ETag()
    {
        var id = await AssignedRequest(2);
        var before = ETag(await Read(id, null, 200));

        var contacted = await Contact(id, 2);
        var written = ETag(contacted);

        var after = await Read(id, before, 200);

        ETag(after).ShouldBe(written);
        ETag(after).ShouldNotBe(before);
        var details = await after.ReadAsJsonAsync<GrievanceDetails>();
        details.Status.ShouldBe(GrievanceStatus.Contacted);
        $"\"{details.Version}\"".ShouldBe(written);
        await Read(id, written, 304);
    }

    [Fact]
    public async Task A_read_sends_the_bytes_Wolverines_JSON_writer_wrote_for_the_mapped_request_with_their_length()
    {
        var id = await AssignedRequest(12);
        await Contact(id, 12);

        var read = await Read(id, null, 200);
        var sent = await read.ReadAsTextAsync();

        // What the endpoint answered before ADR 0189: the same mapping of the stored request, written by Wolverine's writer.
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var view = GrievanceDetails.From((await session.LoadAsync<Grievance>(id))!);
        var wolverine = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        await new WolverineJsonWriter(platform.Services.GetRequiredService<WolverineHttpOptions>()).WriteJsonAsync(wolverine, view, 404);
        var written = ((MemoryStream)wolverine.Response.Body).ToArray();

        Encoding.UTF8.GetBytes(sent).ShouldBe(written);
        read.Context.Response.ContentType.ShouldBe(wolverine.Response.ContentType);
        read.Context.Response.ContentLength.ShouldBe(written.Length);
        view.Rounds.Single().EnterpriseContactedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_snapshot_read_without_a_session_gives_the_document_and_the_view_a_query_session_gives()
    {
        var id = await AssignedRequest(13);
        await Contact(id, 13);
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var snapshots = platform.Services.GetRequiredService<CaseSnapshots>();

        var read = (await snapshots.LoadAsync<Grievance>(id, CancellationToken.None)).ShouldNotBeNull();

        // ADR 0202: the same row turned into the same document by Marten's own selector, its version from the stream.
        await using var session = store.QuerySession();
        var loaded = (await session.LoadAsync<Grievance>(id)).ShouldNotBeNull();
        var serializer = store.Options.Serializer();
        serializer.ToJson(read).ShouldBe(serializer.ToJson(loaded));
        read.Version.ShouldBe(loaded.Version);
        read.Version.ShouldBe((int)(await session.Events.FetchStreamStateAsync(id))!.Version);
        var json = platform.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        JsonSerializer.SerializeToUtf8Bytes(GrievanceDetails.From(read), json).ShouldBe(JsonSerializer.SerializeToUtf8Bytes(GrievanceDetails.From(loaded), json));
        (await snapshots.LoadAsync<Grievance>(Guid.CreateVersion7(), CancellationToken.None)).ShouldBeNull();
    }

    /// <summary>Wolverine's own JSON writer, which the generated code of a GET endpoint called before ADR 0189.</summary>
    private sealed class WolverineJsonWriter(WolverineHttpOptions options) : HttpHandler(options)
    {
        public override Task Handle(HttpContext httpContext) => Task.CompletedTask;
    }

    [Theory]
    [InlineData("W/\"{0}\"")]          // a weak tag: If-None-Match compares weakly
    [InlineData("\"1\", \"{0}\"")]     // a list holding the current version
    [InlineData("*")]                  // any current representation
    public async Task A_weak_tag_a_list_holding_the_version_or_a_star_is_a_304(string header)
    {
        var id = await AssignedRequest(3);
        var version = (await platform.Details(id)).Version;

        await Read(id, string.Format(System.Globalization.CultureInfo.InvariantCulture, header, version), 304);
    }

    [Theory]
    [InlineData("\"1\"")]             // an older version
    [InlineData("\"1\", W/\"99\"")]   // none of the list
    [InlineData("4")]                 // not an entity tag: the condition is ignored
    public async Task Another_version_or_an_unreadable_header_gets_the_request(string header)
    {
        var id = await AssignedRequest(4);

        var read = await Read(id, header, 200);

        (await read.ReadAsJsonAsync<GrievanceDetails>()).Id.ShouldBe(id);
    }

    [Fact]
    public async Task The_access_check_comes_first_a_caller_who_may_not_see_the_request_gets_403_and_an_unknown_one_404()
    {
        var id = await AssignedRequest(5);
        var tag = ETag(await Read(id, null, 200));

        var refused = await Read(id, tag, 403, TestActors.Planner);
        ETag(refused).ShouldBeNull();
        await Read(Guid.CreateVersion7(), "*", 404);
    }

    [Fact]
    public async Task An_erasure_of_personal_data_changes_the_tag_so_a_copy_from_before_it_is_sent_again_even_after_a_rebuild()
    {
        const string phone = "13900046006";
        platform.SetTime(GrievanceApi.At(2024, 11, 16, 10, 0));
        var id = (await platform.Receive(GrievanceApi.PlatformRequest() with { Phone = phone })).Id;
        var before = ETag(await Read(id, null, 200));

        await platform.Post(TestActors.Admin, "/api/admin/personal-data/erasures",
            new { identifier = phone, legalBasis = "consentWithdrawn", requestReference = "南川个保删〔2024〕6号" }, 201);

        var after = await Read(id, before, 200);
        var details = await after.ReadAsJsonAsync<GrievanceDetails>();
        details.Phone.ShouldNotContain(phone);
        details.PersonalDataErasures.ShouldBe(1);
        ETag(after).ShouldBe($"\"{details.Version}.1\"");
        after.Context.Response.Headers.Vary.ToString().ShouldBe("Authorization");
        await Read(id, ETag(after), 304);

        // A rebuilt snapshot is written afresh from the events: the count is set again, the old tag still gets the request.
        var rebuilds = platform.Services.GetRequiredService<ProjectionRebuilds>();
        rebuilds.Start("Grievance", TestActors.Admin);
        await rebuilds.WhenFinished("Grievance");
        await Read(id, before, 200);
        await Read(id, ETag(after), 304);
    }

    /// <summary>A 304 answered from this node's memory (ADR 0168): no round trip to the database. Waits for the node to listen for other nodes' changes.</summary>
    private async Task<string> TagKeptAsync(Guid id)
    {
        var tag = ETag(await Read(id, null, 200));
        for (var attempt = 0; ; attempt++)
        {
            using var trips = DatabaseRoundTrips.Record();
            await Read(id, tag, 304);
            if (trips.Statements.Count == 0) return tag!;
            if (attempt == 50) throw new TimeoutException($"A 304 still read the database: {string.Join("; ", trips.Statements)}");
            await Task.Delay(100);
            await Read(id, null, 200);
        }
    }

    [Fact]
    public async Task A_304_from_memory_reads_no_database_and_answers_only_the_token_that_was_answered_before()
    {
        var id = await AssignedRequest(8);
        var tag = await TagKeptAsync(id);

        var refused = await Read(id, tag, 403, TestActors.Planner);
        ETag(refused).ShouldBeNull();
        using var trips = DatabaseRoundTrips.Record();
        await Read(id, tag, 304, TestActors.MarketRegulator);
        trips.Statements.ShouldNotBeEmpty("another token is answered by the endpoint, which reads the request and checks access");
    }

    [Fact]
    public async Task A_write_on_another_node_makes_the_next_conditional_read_here_get_the_request_again()
    {
        var id = await AssignedRequest(9);
        var tag = await TagKeptAsync(id);
        await using var other = await platform.RestartAsync(GrievanceApi.At(2024, 11, 19, 11, 0));

        var reported = await other.Report(id, GrievanceApi.At(2024, 11, 19, 10, 30));

        // The other node tells this one after its commit (ADR 0168): until the notice arrives, this node may still answer 304,
        // for at most a moment — never as long as a kept answer lives (CaseTagCache.Lifetime, 30 s).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        IScenarioResult read;
        do
        {
            read = await platform.Host.Scenario(s =>
            {
                s.Get.Url($"{GrievanceApi.Route}/{id}");
                s.As(platform, TestActors.BusinessOffice);
                s.WithRequestHeader("If-None-Match", tag);
                s.IgnoreStatusCode();
            });
            if (read.Context.Response.StatusCode == 200) break;
            read.Context.Response.StatusCode.ShouldBe(304);
            await Task.Delay(20);
        } while (waited.Elapsed < TimeSpan.FromSeconds(10));
        read.Context.Response.StatusCode.ShouldBe(200, "the other node's write was heard within 10 s");
        ETag(read).ShouldBe($"\"{reported.Version}\"");
        (await read.ReadAsJsonAsync<GrievanceDetails>()).Version.ShouldBe(reported.Version);
    }
}
