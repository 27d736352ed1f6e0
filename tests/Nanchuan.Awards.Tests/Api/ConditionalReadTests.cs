using static Nanchuan.Awards.Tests.Api.AwardsApi;

namespace Nanchuan.Awards.Tests.Api;

/// <summary>Conditional reads of a contest year (ADR 0119): 304 while unchanged, the contest again after an entry.</summary>
[Collection(AwardsCollection.Name)]
public sealed class ConditionalReadTests(AwardsHost platform)
{
    [Fact]
    public async Task A_contest_is_a_304_while_unchanged_and_sent_again_under_the_write_s_tag_after_an_entry()
    {
        await platform.OpenAsync(2029);
        var before = await platform.CurrentTagAsync(Office, Contest(2029));

        var entered = await platform.Post(Office, Contest(2029) + "/entries", EntryBy("U01", "案例1"), 201);

        (await platform.ChangedSinceAsync(Office, Contest(2029), before)).ShouldBe(ConditionalReads.ETagOf(entered));
    }
}
