using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Platform.Tests;

public sealed class IntegrityHistoryHost() : ModuleHost(new DateTimeOffset(2026, 3, 4, 10, 0, 0, Beijing));

/// <summary>History older than the chain, and what the digest catches that the chain cannot (ADR 0086).</summary>
public sealed class IntegrityHistoryTests(IntegrityHistoryHost platform) : IClassFixture<IntegrityHistoryHost>
{
    private EventChain Chain => platform.Services.GetRequiredService<EventChain>();

    [Fact]
    public async Task History_from_before_the_chain_is_reported_unsealed_until_the_seal_step_seals_it_once()
    {
        // Events appended before the trigger existed.
        await platform.ExecuteAsync("alter table events.mt_events disable trigger nanchuan_seal_event_v2");
        Guid old;
        try
        {
            old = await platform.ProbeStreamAsync(3);
        }
        finally
        {
            await platform.ExecuteAsync("alter table events.mt_events enable trigger nanchuan_seal_event_v2");
        }
        var report = await Chain.VerifyStoreAsync(CancellationToken.None);
        report.Status.ShouldBe(ChainReport.Unsealed);
        (report.UnsealedStreams, report.UnsealedEvents, report.FirstBroken).ShouldBe((1, 3, null));

        // An append to such a stream cannot chain onto an unsealed event: it stays unsealed too, and is reported so.
        await platform.ProbeStreamAsync(1, old);
        (await Chain.VerifyStreamAsync(old, CancellationToken.None))!.UnsealedEvents.ShouldBe(4);

        var output = new StringWriter();
        (await IntegrityCommandLine.RunAsync(platform.Services, ["seal"], output)).ShouldBe(0);
        output.ToString().ShouldContain("sealed 4 events in 1 streams");
        (await Chain.VerifyStoreAsync(CancellationToken.None)).Status.ShouldBe(ChainReport.Intact);
        await platform.ProbeStreamAsync(1, old);
        (await Chain.VerifyStreamAsync(old, CancellationToken.None)).ShouldBe(new ChainReport(ChainReport.Intact, 1, 5, 0, 0, 0, null));

        // A seal removed from a sealed stream is a broken link, which the seal step leaves for verification to report.
        await platform.ExecuteAsync($"update events.mt_events set headers = headers - 'seal' where stream_id = '{old}' and version = 2");
        output = new StringWriter();
        await IntegrityCommandLine.RunAsync(platform.Services, ["seal"], output);
        output.ToString().ShouldContain("sealed 0 events in 0 streams");
        var broken = (await Chain.VerifyStreamAsync(old, CancellationToken.None))!;
        broken.Status.ShouldBe(ChainReport.Broken);
        (broken.FirstBroken!.Version, broken.FirstBroken.Problem).ShouldBe((2, "sealMissing"));
        await platform.ExecuteAsync($"delete from events.mt_events where stream_id = '{old}'; delete from events.mt_streams where id = '{old}'");
    }

    [Fact]
    public async Task An_edit_whose_chain_was_recomputed_passes_verification_but_not_the_digest_printed_before()
    {
        var probe = await platform.ProbeStreamAsync(3);
        var printed = await Chain.DigestAsync(null, CancellationToken.None);

        // Someone who knows the formula edits an event and recomputes the seals after it.
        await platform.ExecuteAsync($"update events.mt_events set data = '{{\"note\": \"改\"}}' where stream_id = '{probe}' and version = 2");
        await using (var connection = new NpgsqlConnection(platform.ConnectionString))
        {
            await connection.OpenAsync();
            await EventChain.ResealFromAsync(connection, probe, 2, CancellationToken.None);
        }

        (await Chain.VerifyStreamAsync(probe, CancellationToken.None))!.Status.ShouldBe(ChainReport.Intact);
        (await Chain.DigestAsync(printed.UpToSequence, CancellationToken.None)).Digest.ShouldNotBe(printed.Digest);
        await platform.ExecuteAsync($"delete from events.mt_events where stream_id = '{probe}'; delete from events.mt_streams where id = '{probe}'");
    }
}
