using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Shouldly;

namespace Nanchuan.Testing;

/// <summary>
/// Conditional reads of one case (ADR 0119, ADR 0128), as every module's case read must answer them: the tag, 304 on the
/// same tag, the case again after a write or an erasure of personal data.
/// </summary>
public static class ConditionalReads
{
    /// <summary>A GET as <paramref name="actor"/>, with <c>If-None-Match</c> when given.</summary>
    public static Task<IScenarioResult> ReadAsync(this IAlbaHost host, Actor actor, string url, string? ifNoneMatch, int status) => host.Scenario(s =>
    {
        s.Get.Url(url);
        s.As(host, actor);
        if (ifNoneMatch is not null) s.WithRequestHeader("If-None-Match", ifNoneMatch);
        s.StatusCodeShouldBe(status);
    });

    public static string? ETagOf(IScenarioResult result) => result.Context.Response.Headers.ETag.FirstOrDefault();

    /// <summary>Reads the case (200 with an ETag), and again with that tag: a 304 without a body. The tag.</summary>
    public static async Task<string> CurrentTagAsync(this IAlbaHost host, Actor actor, string url)
    {
        var read = await host.ReadAsync(actor, url, null, 200);
        var tag = ETagOf(read).ShouldNotBeNull();
        read.Context.Response.Headers.Vary.ToString().ShouldBe("Authorization");
        var again = await host.ReadAsync(actor, url, tag, 304);
        ETagOf(again).ShouldBe(tag);
        (await again.ReadAsTextAsync()).ShouldBeEmpty();
        return tag;
    }

    /// <summary>The case changed since <paramref name="before"/>: that tag gets it again (200), under a new tag that is current. The new tag.</summary>
    public static async Task<string> ChangedSinceAsync(this IAlbaHost host, Actor actor, string url, string before)
    {
        var read = await host.ReadAsync(actor, url, before, 200);
        var tag = ETagOf(read).ShouldNotBeNull();
        tag.ShouldNotBe(before);
        await host.ReadAsync(actor, url, tag, 304);
        return tag;
    }

    /// <summary>The Admin erases the person behind <paramref name="identifier"/> (a phone) under PIPL art. 47.</summary>
    public static Task EraseAsync(this IAlbaHost host, string identifier) =>
        host.Post(TestActors.Admin, "/api/admin/personal-data/erasures",
            new { identifier, legalBasis = "consentWithdrawn", requestReference = "南川个保删〔2026〕9号" }, 201);
}
