using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Platform.Tests;

public sealed class IntegrityTriggerHost() : ModuleHost(new DateTimeOffset(2026, 3, 6, 10, 0, 0, Beijing));

/// <summary>
/// The seal trigger's second version (ADR 0233): the schema step replaces the first, the seals the first wrote still verify
/// and chain on, and every way of inserting an event is sealed as <see cref="EventSeal.Compute"/> recomputes it.
/// </summary>
public sealed class IntegrityTriggerUpgradeTests(IntegrityTriggerHost platform) : IClassFixture<IntegrityTriggerHost>
{
    private const string Current = "nanchuan_seal_event_v2";
    private const string Previous = "nanchuan_seal_event_v1";

    // The first version as earlier releases installed it, word for word.
    private const string PreviousVersion = """
        create or replace function events.nanchuan_seal_event_v1() returns trigger language plpgsql volatile as $seal$
        declare
          previous_seal text := '';
          nonce text := gen_random_uuid()::text;
          content text;
        begin
          if NEW.version > 1 then
            select e.headers ->> 'seal' into previous_seal from events.mt_events e
              where e.stream_id = NEW.stream_id and e.version = NEW.version - 1;
            if previous_seal is null then return NEW; end if;
          end if;
          content := concat_ws('|', previous_seal, nonce, NEW.seq_id::text, NEW.id::text, NEW.stream_id::text, NEW.version::text,
            length(NEW.type) || ':' || NEW.type,
            length(coalesce(NEW.mt_dotnet_type, '')) || ':' || coalesce(NEW.mt_dotnet_type, ''),
            ((extract(epoch from NEW.timestamp) * 1000000)::bigint)::text,
            length(NEW.tenant_id) || ':' || NEW.tenant_id,
            length(coalesce(NEW.correlation_id, '')) || ':' || coalesce(NEW.correlation_id, ''),
            length(coalesce(NEW.causation_id, '')) || ':' || coalesce(NEW.causation_id, ''),
            length(coalesce(NEW.data::text, '')) || ':' || coalesce(NEW.data::text, ''),
            length(coalesce(encode(NEW.bdata, 'base64'), '')) || ':' || coalesce(encode(NEW.bdata, 'base64'), ''),
            length(coalesce((NEW.headers - 'seal' - 'sealNonce')::text, '')) || ':' || coalesce((NEW.headers - 'seal' - 'sealNonce')::text, ''));
          NEW.headers := coalesce(NEW.headers, '{}'::jsonb)
            || jsonb_build_object('sealNonce', nonce, 'seal', encode(sha256(convert_to(content, 'UTF8')), 'hex'));
          return NEW;
        end
        $seal$;
        create trigger nanchuan_seal_event_v1 before insert on events.mt_events for each row execute function events.nanchuan_seal_event_v1();
        """;

    private EventChain Chain => platform.Services.GetRequiredService<EventChain>();

    [Fact]
    public async Task The_schema_step_replaces_the_first_version_and_its_seals_still_verify_and_chain_on()
    {
        await platform.ExecuteAsync($"drop trigger {Current} on events.mt_events; {PreviousVersion}");
        var stream = await platform.ProbeStreamAsync(3);
        (await Triggers()).ShouldBe([Previous]);
        (await Chain.VerifyStreamAsync(stream, CancellationToken.None))!.Status.ShouldBe(ChainReport.Intact);

        await platform.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await Triggers()).ShouldBe([Current]);
        (await platform.SqlRowsAsync($"select count(*) from pg_proc where proname = '{Previous}'")).ShouldBe(["0"]);
        await platform.ProbeStreamAsync(2, stream);
        (await Chain.VerifyStreamAsync(stream, CancellationToken.None)).ShouldBe(new ChainReport(ChainReport.Intact, 1, 5, 0, 0, 0, null));
        (await Chain.VerifyStoreAsync(CancellationToken.None)).Status.ShouldBe(ChainReport.Intact);
    }

    [Fact]
    public async Task An_event_inserted_with_seal_headers_already_in_place_is_sealed_over_its_other_headers()
    {
        // While both versions are installed (an upgrade in progress) the first seals the row and the second seals it again;
        // an event inserted by SQL may carry another event's seal headers. Either way only the last seal may stand.
        await platform.ExecuteAsync(PreviousVersion);
        Guid stream;
        try
        {
            stream = await platform.ProbeStreamAsync(2);
        }
        finally
        {
            await platform.ExecuteAsync($"drop trigger {Previous} on events.mt_events; drop function events.{Previous}()");
        }
        await platform.ExecuteAsync($"""
            insert into events.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, headers)
            select nextval('events.mt_events_sequence'), gen_random_uuid(), stream_id, 3, data, type, now(), tenant_id, mt_dotnet_type, headers
            from events.mt_events where stream_id = '{stream}' and version = 2;
            update events.mt_streams set version = 3 where id = '{stream}'
            """);

        (await Chain.VerifyStreamAsync(stream, CancellationToken.None)).ShouldBe(new ChainReport(ChainReport.Intact, 1, 3, 0, 0, 0, null));
    }

    [Fact]
    public async Task An_event_copied_in_is_sealed_too()
    {
        var stream = await platform.ProbeStreamAsync(1);
        await using (var connection = new NpgsqlConnection(platform.ConnectionString))
        {
            await connection.OpenAsync();
            await using (var writer = await connection.BeginTextImportAsync(
                "copy events.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, headers) from stdin"))
            {
                var sequence = (await platform.SqlRowsAsync("select nextval('events.mt_events_sequence')")).Single();
                await writer.WriteLineAsync(
                    $"{sequence}\t{Guid.NewGuid()}\t{stream}\t2\t{{\"note\": \"导入\"}}\tintegrity_probe\t2026-03-06 02:00:00+00\t*DEFAULT*\t{{\"actorName\": \"导入程序\"}}");
            }
            await using var head = new NpgsqlCommand($"update events.mt_streams set version = 2 where id = '{stream}'", connection);
            await head.ExecuteNonQueryAsync();
        }

        (await platform.SqlRowsAsync($"select headers ? 'seal' from events.mt_events where stream_id = '{stream}' and version = 2")).ShouldBe(["True"]);
        (await Chain.VerifyStreamAsync(stream, CancellationToken.None)).ShouldBe(new ChainReport(ChainReport.Intact, 1, 2, 0, 0, 0, null));
    }

    [Fact]
    public async Task An_event_whose_text_has_characters_beyond_the_basic_plane_verifies()
    {
        // Rare characters of people's and places' names (𠮷, 𡈽) are outside Unicode's basic plane: one code point, two UTF-16 units.
        var stream = await platform.ProbeStreamAsync(1);
        await using (var session = platform.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(stream, new IntegrityProbe("联系人𠮷野先生，地址𡈽坪村"));
            await session.SaveChangesAsync();
        }

        (await Chain.VerifyStreamAsync(stream, CancellationToken.None)).ShouldBe(new ChainReport(ChainReport.Intact, 1, 2, 0, 0, 0, null));
    }

    [Fact]
    public async Task A_seal_whose_lengths_count_utf16_units_as_the_resealing_code_did_before_still_verifies_and_an_edit_does_not()
    {
        var stream = await platform.ProbeStreamAsync(1);
        await using (var session = platform.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(stream, new IntegrityProbe("𠮷野先生的来电"));
            await session.SaveChangesAsync();
        }
        var first = await StoredAsync(stream, 1);
        var second = await StoredAsync(stream, 2);
        await platform.ExecuteAsync($"update events.mt_events set headers = headers || jsonb_build_object('seal', '{SealCountingUtf16Units(first.Seal!, second)}') where seq_id = {second.Sequence}");

        (await Chain.VerifyStreamAsync(stream, CancellationToken.None))!.Status.ShouldBe(ChainReport.Intact);
        await platform.ExecuteAsync($"update events.mt_events set data = '{{\"note\": \"𠮷野先生的去电\"}}' where seq_id = {second.Sequence}");
        (await Chain.VerifyStreamAsync(stream, CancellationToken.None))!.FirstBroken!.Problem.ShouldBe("sealMismatch");
        await platform.ExecuteAsync($"delete from events.mt_events where stream_id = '{stream}'; delete from events.mt_streams where id = '{stream}'");
    }

    // EventSeal.Compute as it was before ADR 0233, word for word but for the names: each length in UTF-16 units.
    private static string SealCountingUtf16Units(string previousSeal, StoredEvent e)
    {
        static string Prefixed(string text) => text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + text;
        var content = string.Join('|',
            previousSeal, e.Nonce, e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Id.ToString(), e.StreamId.ToString(),
            e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Prefixed(e.Type), Prefixed(e.DotnetType),
            e.TimestampMicros.ToString(System.Globalization.CultureInfo.InvariantCulture), Prefixed(e.TenantId), Prefixed(e.CorrelationId),
            Prefixed(e.CausationId), Prefixed(e.Data), Prefixed(e.BinaryData), Prefixed(e.OtherHeaders));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)));
    }

    private async Task<StoredEvent> StoredAsync(Guid stream, int version)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select {EventSeal.Columns} from events.mt_events where stream_id = '{stream}' and version = {version}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return EventSeal.Read(reader);
    }

    private Task<List<string>> Triggers() =>
        platform.SqlRowsAsync("select tgname from pg_trigger where tgrelid = 'events.mt_events'::regclass and tgname like 'nanchuan_seal%' order by tgname");
}
