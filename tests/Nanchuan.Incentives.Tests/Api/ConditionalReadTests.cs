using Nanchuan.Incentives.Ledgers;
using Nanchuan.Incentives.Tracking;
using static Nanchuan.Incentives.Tests.Api.IncentivesApi;

namespace Nanchuan.Incentives.Tests.Api;

/// <summary>
/// Conditional reads of an agreement's ledgers (ADR 0119): 304 while unchanged, whenever asked; the ledgers again after a
/// write; the ledgers as they stood at an earlier time carry the version of that time.
/// </summary>
[Collection(IncentivesCollection.Name)]
public sealed class ConditionalReadTests(IncentivesHost platform)
{
    [Fact]
    public async Task The_ledgers_are_a_304_while_unchanged_and_sent_again_under_the_write_s_tag_after_a_write()
    {
        var id = await platform.SignAsync("91500119MA5EF0A55K", "NCGYY-2025-901");
        var url = $"{Route}/agreements/{id}";
        var before = await platform.CurrentTagAsync(ParkCommittee, url);

        platform.SetTime(Time("2025-03-12 10:00"));
        await platform.CurrentTagAsync(ParkCommittee, url); // a later read of the unchanged agreement: still 304
        var assigned = await platform.Post(ParkCommittee, $"{url}/tracking-officer", new AssignOfficerBody(Officer.Id, Officer.Name));

        (await platform.ChangedSinceAsync(ParkCommittee, url, before)).ShouldBe(ConditionalReads.ETagOf(assigned));
        var then = $"{url}?asOf={Uri.EscapeDataString("2025-03-11T10:00:00+08:00")}";
        (await platform.CurrentTagAsync(ParkCommittee, then)).ShouldBe(before);
        (await platform.Get(ParkCommittee, then).Read<AgreementLedgers>()).AsOf.ShouldBe(Time("2025-03-11 10:00"));
    }
}
