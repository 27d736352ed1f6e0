using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.Testing;
using Xunit.Abstractions;

namespace Nanchuan.Platform.Tests;

/// <summary>The platform on a database of its own (the fuzz writes whatever the odd inputs are accepted as), with no anonymous limit in the way.</summary>
public sealed class ApiFuzzHost : PlatformHost
{
    protected override void ConfigureHost(IWebHostBuilder builder) => RateLimitSettings.Unlimited(builder);
}

/// <summary>
/// Issue 22 point 5 (ADR 0093): every operation of the OpenAPI document is sent malformed and odd input — bodies of the wrong
/// shape, odd values per field, bad route and query values, bad If-Match headers, wrong content types — as a role docs/access.md
/// allows. No answer may be a 5xx; every 4xx is problem details; a refused request wrote no event. The variants of each
/// operation are sampled with a recorded seed (<c>NANCHUAN_FUZZ_SEED</c>, printed on failure); <c>NANCHUAN_FUZZ_FULL=1</c>
/// sends every variant of every operation.
/// </summary>
public sealed class ApiFuzzTests(ApiFuzzHost platform, ITestOutputHelper output) : IClassFixture<ApiFuzzHost>
{
    private const int DefaultSeed = 20261204;
    private const int SampledPerCategory = 2;
    /// <summary>Requests in flight at once: the database round trips of one overlap the work of another on two cores.</summary>
    private const int InFlight = 4;

    [Fact]
    public async Task No_operation_answers_odd_input_with_a_5xx_and_a_refusal_is_problem_details_that_wrote_nothing()
    {
        var clock = Stopwatch.StartNew();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NANCHUAN_FUZZ_SEED"), CultureInfo.InvariantCulture, out var given) ? given : DefaultSeed;
        var full = Environment.GetEnvironmentVariable("NANCHUAN_FUZZ_FULL") == "1";
        var random = new Random(seed);
        var document = JsonNode.Parse(await (await platform.Host.Scenario(s => s.Get.Url(SwaggerSetup.DocumentRoute))).ReadAsTextAsync())!.AsObject();
        var access = AccessTable.Read(Path.Combine(GeneratedCodeTests.RepositoryRoot(), "docs", "access.md"));
        using var client = platform.Server.CreateClient();

        // Every request is chosen first, in operation order, so the seed alone decides the run; they are then sent a few at a time.
        var planned = new List<(string Operation, string Label, Actor Actor, FuzzVariant Variant)>();
        foreach (var operation in await AccessMatrixTests.Operations(platform.Host))
        {
            var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1]);
            var spec = document["paths"]![path]![method.ToLowerInvariant()]!.AsObject();
            var (label, actor) = AccessMatrixTests.Identities.OrderBy(i => Preference(i.Label)).First(i => access[operation].Allows(i.Label));
            foreach (var variant in Sample(FuzzVariants.For(document, method, path, spec, random), full, random))
                planned.Add((operation, label, actor with { Id = $"fuzz-{planned.Count + 1}" }, variant));
        }

        var failures = new ConcurrentBag<string>();
        var refused = new ConcurrentDictionary<string, string>();
        var took = new ConcurrentBag<(TimeSpan Took, string Request)>();
        output.WriteLine($"document and plan: {clock.Elapsed.TotalSeconds:0.0} s");
        await Parallel.ForEachAsync(planned, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (request, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var (status, problem) = await SendAsync(client, request.Operation.Split(' ')[0], request.Variant, request.Actor);
            var where = $"{request.Operation} as {request.Label} [{request.Variant.Name}] {Shorten(request.Variant.Url)}";
            took.Add((Stopwatch.GetElapsedTime(started), $"{where}: {status}"));
            if (status >= 500) failures.Add($"{where}: {status} {problem}");
            else if (status >= 400)
            {
                if (!RecordsItsRefusal(request.Operation, status)) refused[request.Actor.Id] = where;
                if (problem is not null) failures.Add($"{where}: {status} not problem details: {problem}");
            }
        });

        output.WriteLine($"seed {seed}{(full ? ", full" : "")}: {planned.Count} requests, {clock.Elapsed.TotalSeconds:0.0} s in all, {refused.Count} refused; the slowest:");
        foreach (var (duration, request) in took.OrderByDescending(t => t.Took).Take(10)) output.WriteLine($"{duration.TotalMilliseconds:0} ms {request}");
        var writers = await platform.SqlRowsAsync("select distinct headers ->> 'actorId' from events.mt_events where headers ->> 'actorId' like 'fuzz-%'");
        foreach (var id in writers.Where(refused.ContainsKey)) failures.Add($"{refused[id]}: refused, yet wrote events");
        failures.Order(StringComparer.Ordinal).ShouldBeEmpty($"seed {seed} (NANCHUAN_FUZZ_SEED={seed} repeats the run)");
        planned.Count.ShouldBeGreaterThan(1000);
    }

    /// <summary>The one refusal that records by design: an inspection outside the plan is an unauthorised-inspection case (ADR 0038).</summary>
    private static bool RecordsItsRefusal(string operation, int status) => operation == "POST /api/enforcement/inspections" && status == 403;

    /// <summary>Writers other than the supervisor first (who may change nothing), the business office and admin before narrower roles.</summary>
    private static int Preference(string label) => label switch
    {
        "BusinessOffice" => 0,
        "Admin" => 1,
        "Supervisor" => 3,
        _ => 2,
    };

    /// <summary>Every variant in full mode; otherwise a few of each kind, chosen by the seed.</summary>
    private static IEnumerable<FuzzVariant> Sample(IReadOnlyList<FuzzVariant> variants, bool full, Random random) =>
        full ? variants : variants.GroupBy(v => v.Kind).SelectMany(kind =>
        {
            var shuffled = kind.ToArray();
            random.Shuffle(shuffled);
            return shuffled.Take(SampledPerCategory);
        });

    /// <summary>The status, and for a 4xx or 5xx what is wrong with the answer (null when it is problem details of that status).</summary>
    private async Task<(int Status, string? Problem)> SendAsync(HttpClient client, string method, FuzzVariant variant, Actor actor)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(variant.Url, UriKind.Relative));
        if (variant.Body is { } body)
        {
            request.Content = new ByteArrayContent(body());
            if (variant.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        if (variant.IfMatch is { } tag) request.Headers.TryAddWithoutValidation("If-Match", tag);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", platform.TokenFor(actor));
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The test server passes on what the application threw before answering: as bad as a 500.
            return (599, $"threw {e.GetType().Name}: {e.Message}");
        }
        using var _ = response;
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status < 400) return (status, null);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return (status, Shorten(text));
        try
        {
            return JsonNode.Parse(text)?["status"]?.GetValue<int>() == status ? (status, null) : (status, Shorten(text));
        }
        catch (System.Text.Json.JsonException)
        {
            return (status, Shorten(text));
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}

/// <summary>One odd request of an operation: its kind (for sampling), a readable name, the URL and what it carries (the body built when sent).</summary>
public sealed record FuzzVariant(string Kind, string Name, string Url, Func<byte[]>? Body = null, string? ContentType = "application/json", string? IfMatch = null);

/// <summary>Settings shared by hosts that send many requests in a minute from one (test) address.</summary>
public static class RateLimitSettings
{
    public static void Unlimited(IWebHostBuilder builder) => builder
        .UseSetting("RateLimits:AnonymousPerMinute", "1000000")
        .UseSetting("RateLimits:PublicPagesPerMinute", "1000000")
        .UseSetting("RateLimits:DevelopmentTokensPerMinute", "1000000");
}
