using Marten;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Bench.Tests;

/// <summary>
/// S11's copy (ADR 0228) writes what the platform's own saves write: the same small district written once by Marten saves — the
/// path of a module's command, every stream started in a session whose save runs the inline projections — and once by
/// <see cref="DistrictCopy"/>, then every table the district touches compared row by row (the events and streams, the snapshot
/// documents, the report tables of Licensing and Oversight); and the copied events' seals pass the platform's verification.
/// </summary>
public sealed class DistrictCopyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Each table's rows as JSON text, sorted: the server's times of the write left out (<c>mt_last_modified</c>, the event's
    /// <c>timestamp</c> and <c>seq_id</c>, the seal's random nonce and so its seal), and a column holding an event's id (drawn anew by
    /// every write) replaced by the event's stream and version.
    /// </summary>
    private static readonly string[] Tables =
    [
        "select (to_jsonb(t) - 'seq_id' - 'id' - 'timestamp' - 'headers' || jsonb_build_object('headers', t.headers - 'seal' - 'sealNonce'))::text from events.mt_events t",
        "select (to_jsonb(t) - 'timestamp' - 'created')::text from events.mt_streams t",
        "select (to_jsonb(t) - 'mt_last_modified')::text from grievances.mt_doc_grievance t",
        "select (to_jsonb(t) - 'mt_last_modified')::text from licensing.mt_doc_serviceapplication t",
        "select (to_jsonb(t) - 'mt_last_modified')::text from oversight.mt_doc_oversightfile t",
        "select (to_jsonb(t) - 'entry_id' || jsonb_build_object('event', e.stream_id::text || ':' || e.version))::text from oversight.thread_entries t join events.mt_events e on e.id = t.entry_id",
        "select to_jsonb(t)::text from oversight.case_rows t",
        "select to_jsonb(t)::text from oversight.case_numbers t",
        "select to_jsonb(t)::text from oversight.deadline_rows t",
        "select to_jsonb(t)::text from licensing.application_rows t",
        "select (to_jsonb(t) - 'visit_id' || jsonb_build_object('event', e.stream_id::text || ':' || e.version))::text from licensing.hall_visit_rows t join events.mt_events e on e.id = t.visit_id",
        "select to_jsonb(t)::text from licensing.one_trip_months t",
    ];

    [Fact]
    public async Task The_copy_writes_every_row_a_save_writes_and_its_events_are_sealed()
    {
        var district = new District(20);
        var saved = await TestDatabaseServer.CreateDatabaseAsync("district_saved");
        var copied = await TestDatabaseServer.CreateDatabaseAsync("district_copied");
        using var copy = DistrictCopy.Open(copied);
        await copy.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        using (var reference = DistrictCopy.Open(saved))
        {
            await reference.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await DistrictGenerator.GenerateAsync(district, Now, (streams, cancellation) => SaveAsync(reference.Store, streams, cancellation), TextWriter.Null, default);
        }
        var written = await DistrictGenerator.GenerateAsync(district, Now, copy.WriteAsync, TextWriter.Null, default);

        foreach (var table in Tables)
        {
            var rows = await RowsAsync(copied, table);
            var expected = await RowsAsync(saved, table);
            rows.ShouldNotBeEmpty(table);
            rows.Except(expected).Take(2).ShouldBeEmpty($"copied, not saved: {table}");
            expected.Except(rows).Take(2).ShouldBeEmpty($"saved, not copied: {table}");
            rows.Count.ShouldBe(expected.Count, table);
        }
        (await RowsAsync(copied, Tables[0])).Count.ShouldBe((int)written.Events);
        var chain = await new EventChain(copy.Store).VerifyStoreAsync(default);
        chain.Status.ShouldBe(ChainReport.Intact, chain.ToString());
        chain.Events.ShouldBe(written.Events);
    }

    /// <summary>The streams started in one session and saved, as a module's command saves what it appends.</summary>
    private static async Task SaveAsync(IDocumentStore store, IReadOnlyList<DistrictStream> streams, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        foreach (var stream in streams) session.Events.StartStream(stream.Aggregate, stream.Id, [.. stream.Events]);
        await session.SaveChangesAsync(cancellation);
    }

    private static async Task<List<string>> RowsAsync(string database, string select)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"{select} order by 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
