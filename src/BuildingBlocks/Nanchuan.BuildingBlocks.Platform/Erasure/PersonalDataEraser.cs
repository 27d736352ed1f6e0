using System.Text.RegularExpressions;
using Marten;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.PersonalData;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Erasure;

/// <summary>The erasure asked for: who the person is, and why the law requires it.</summary>
/// <param name="Identifier">The person's phone or identity number (6-40 letters, digits, `+` or `-`), as recorded.</param>
/// <param name="Name">The person's name (2-30 characters), erased in the events and read models of the streams that hold the identifier; optional.</param>
/// <param name="LegalBasis">The case of PIPL art. 47.</param>
/// <param name="RequestReference">The request's reference (up to 100 characters).</param>
public sealed record ErasePersonalData(string? Identifier, string? Name, LegalBasis? LegalBasis, string? RequestReference)
    : IOpenApiExample<ErasePersonalData>
{
    public static ErasePersonalData Example => new("13812345678", "李明华", Erasure.LegalBasis.ConsentWithdrawn, "南川个保删〔2026〕1号");
}

/// <summary>
/// Erases one person's data from every module's events and read models in one transaction, reseals the rewritten streams'
/// hash chains, and records the erasure as an event (ADR 0087-0089). Module code is not involved: the events hold the
/// values as JSON strings, so they are found and starred where they are stored.
/// </summary>
public sealed partial class PersonalDataEraser(IDocumentStore store, TimeProvider time, ILogger<PersonalDataEraser> log)
{
    private static readonly string Events = $"{PlatformHosting.EventSchema}.mt_events";

    public async Task<PersonalDataErased> EraseAsync(ErasePersonalData request, Actor actor, CancellationToken cancellation)
    {
        var (identifier, name, basis, reference) = Validate(request);
        await using var session = store.LightweightSession();
        await session.BeginTransactionAsync(cancellation);
        var connection = session.Connection!;

        var streams = await StreamsHoldingAsync(connection, identifier, cancellation);
        // Appends to these streams wait until the erasure commits, so no event chains onto a seal about to be replaced.
        await EventChain.LockStreamsAsync(connection, streams, cancellation);
        var values = name is null ? new[] { identifier } : [identifier, name];

        var erasedStreams = new List<ErasedStream>();
        foreach (var streamId in streams)
        {
            var versions = await RewriteEventsAsync(connection, streamId, identifier, name, values, cancellation);
            if (versions.Count == 0) continue;
            var (before, after) = await EventChain.ResealFromAsync(connection, streamId, versions[0], cancellation);
            erasedStreams.Add(new ErasedStream(streamId, versions, before, after));
        }
        var documents = await RewriteDocumentsAsync(connection, identifier, streams, values, cancellation);
        if (erasedStreams.Count == 0 && documents.Count == 0)
            throw new NotFoundException("没有找到该个人的信息 / no personal data of this person was found.");

        var erased = new PersonalDataErased(Guid.CreateVersion7(), PersonalDataMasks.Phone(identifier), name is null ? null : PersonalDataMasks.Name(name),
            basis, reference, actor.Id, actor.Name, actor.Role, time.GetUtcNow(), erasedStreams, documents);
        session.Events.StartStream(erased.ErasureId, erased);
        await session.SaveChangesAsync(cancellation);
        log.LogWarning("{Actor} ({Role}) erased personal data {Subject} under PIPL art. 47 {Basis} ({Reference}): {Streams} streams, {Documents} documents; erasure {Erasure}",
            actor.Id, actor.Role, erased.Subject, basis, reference, erasedStreams.Count, documents.Count, erased.ErasureId);
        return erased;
    }

    private static (string Identifier, string? Name, LegalBasis Basis, string Reference) Validate(ErasePersonalData request)
    {
        var errors = new FieldErrors();
        var identifier = errors.Text("identifier", request.Identifier, "身份标识（电话或证件号码）", "the identifier (phone or identity number)");
        errors.If(identifier.Length > 0 && !IdentifierPattern().IsMatch(identifier), "identifier",
            "身份标识应为6至40位字母、数字、+或- / the identifier must be 6 to 40 letters, digits, + or -.");
        var name = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim();
        errors.If(name is { Length: < 2 or > 30 }, "name", "姓名应为2至30个字符 / the name must be 2 to 30 characters.");
        var basis = errors.Required("legalBasis", request.LegalBasis, "法律依据", "the legal basis");
        var reference = errors.Text("requestReference", request.RequestReference, "申请编号", "the request reference");
        errors.If(reference.Length > 100, "requestReference", "申请编号至多100个字符 / the request reference is at most 100 characters.");
        errors.ThrowIfAny();
        return (identifier, name, basis, reference);
    }

    [GeneratedRegex("^[0-9A-Za-z+-]{6,40}$")]
    private static partial Regex IdentifierPattern();

    private static async Task<List<Guid>> StreamsHoldingAsync(NpgsqlConnection connection, string identifier, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select distinct stream_id from {Events} where strpos(data::text, @value) > 0 order by stream_id", connection);
        command.Parameters.AddWithValue("value", identifier);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var streams = new List<Guid>();
        while (await reader.ReadAsync(cancellation)) streams.Add(reader.GetGuid(0));
        return streams;
    }

    /// <summary>Rewrites the stream's events that hold the identifier, or the name; returns their versions in order.</summary>
    private static async Task<List<long>> RewriteEventsAsync(
        NpgsqlConnection connection, Guid streamId, string identifier, string? name, IReadOnlyCollection<string> values, CancellationToken cancellation)
    {
        var rows = new List<(long Sequence, long Version, string Data)>();
        await using (var select = new NpgsqlCommand(
            $"select seq_id, version, data::text from {Events} where stream_id = @id and (strpos(data::text, @identifier) > 0 or strpos(data::text, @name) > 0) order by version",
            connection))
        {
            select.Parameters.AddWithValue("id", streamId);
            select.Parameters.AddWithValue("identifier", identifier);
            select.Parameters.AddWithValue("name", name ?? identifier);
            await using var reader = await select.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation)) rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
        }
        var versions = new List<long>();
        foreach (var (sequence, version, data) in rows)
        {
            if (PersonalDataErasure.Erase(data, values) is not { } erased) continue;
            await using var update = new NpgsqlCommand($"update {Events} set data = @data::jsonb where seq_id = @seq", connection);
            update.Parameters.AddWithValue("data", erased);
            update.Parameters.AddWithValue("seq", sequence);
            await update.ExecuteNonQueryAsync(cancellation);
            versions.Add(version);
        }
        return versions;
    }

    /// <summary>
    /// Every Marten document (any module's read model) that holds the identifier, or is the read model of a stream that does
    /// (its id is the stream's), loses the person's values the same way, and counts the erasure (ADR 0128).
    /// </summary>
    private static async Task<List<ErasedDocument>> RewriteDocumentsAsync(
        NpgsqlConnection connection, string identifier, IReadOnlyList<Guid> streams, IReadOnlyCollection<string> values, CancellationToken cancellation)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select table_schema || '.' || table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name) " +
            "where c.column_name = 'data' and c.data_type = 'jsonb' and t.table_type = 'BASE TABLE' and table_name like 'mt_doc_%' order by 1", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation)) tables.Add(reader.GetString(0));

        var ids = streams.Select(s => s.ToString()).ToArray();
        var erased = new List<ErasedDocument>();
        foreach (var table in tables)
        {
            var rows = new List<(string Id, string Data)>();
            await using (var select = new NpgsqlCommand($"select id::text, data::text from {table} where strpos(data::text, @value) > 0 or id::text = any(@ids)", connection))
            {
                select.Parameters.AddWithValue("value", identifier);
                select.Parameters.AddWithValue("ids", ids);
                await using var reader = await select.ExecuteReaderAsync(cancellation);
                while (await reader.ReadAsync(cancellation)) rows.Add((reader.GetString(0), reader.GetString(1)));
            }
            foreach (var (id, data) in rows)
            {
                if (PersonalDataErasure.Erase(data, values) is not { } rewritten) continue;
                // Counted in the document (ICaseView.PersonalDataErasures): a case read's ETag must change, though no event was appended.
                await using var update = new NpgsqlCommand(
                    $"update {table} set data = jsonb_set(@data::jsonb, '{{{ErasureCounts.Property}}}', to_jsonb(coalesce((data->>'{ErasureCounts.Property}')::int, 0) + 1)) where id::text = @id",
                    connection);
                update.Parameters.AddWithValue("data", rewritten);
                update.Parameters.AddWithValue("id", id);
                await update.ExecuteNonQueryAsync(cancellation);
                erased.Add(new ErasedDocument(table, id));
            }
        }
        return erased;
    }
}
