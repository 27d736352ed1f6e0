using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Marten.Events;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Npgsql;
using Shouldly;
using Xunit;

namespace Nanchuan.Testing;

/// <summary>
/// A module's stored events as Marten wrote them, replayed into today's code on a database of their own. EventCorpus/*.json
/// in the module's test project holds one stream per file: the alias of its aggregate (null for a stream of facts no
/// aggregate folds) and each event's type name and data. Every event must read back as the type registered for its name
/// with exactly the stored data (or, where an upcaster changes it, the data written down as "reads"), the stream must
/// aggregate, and every projection must rebuild from the corpus. Changing an event's shape fails here unless an upcaster
/// handles it (docs/adr/0024-event-versioning.md).
/// </summary>
public sealed class EventCorpus
{
    private readonly Assembly module;
    private readonly IReadOnlyList<(string File, StoredStream Stream)> streams;

    private EventCorpus(Assembly module, IReadOnlyList<(string, StoredStream)> streams) => (this.module, this.streams) = (module, streams);

    /// <summary>The corpus of the module whose implementation assembly is <paramref name="module"/>, from the test output's EventCorpus folder.</summary>
    public static EventCorpus Of(Assembly module)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "EventCorpus");
        var streams = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileName(file), JsonSerializer.Deserialize<StoredStream>(File.ReadAllText(file), FileFormat)!))
            .ToList();
        streams.ShouldNotBeEmpty($"no stored events in {folder}");
        return new EventCorpus(module, streams);
    }

    /// <summary>The names of the module's event types (as Marten stores them) that no stored stream holds.</summary>
    public IReadOnlyList<string> Uncovered(IDocumentStore store)
    {
        var stored = streams.SelectMany(s => s.Stream.Events).Select(e => e.Type).ToHashSet();
        var names = store.Options.Events.AllKnownEventTypes().ToDictionary(e => e.EventType, e => e.EventTypeName);
        return ModuleEvents.In(module).Select(t => names.GetValueOrDefault(t, $"{t.Name} (not registered)")).Where(name => !stored.Contains(name)).Order().ToList();
    }

    public async Task ReplayAsync(PlatformHost platform)
    {
        var store = platform.Store();
        var ids = new List<(string File, Guid Id, StoredStream Stream)>();
        foreach (var (file, stream) in streams) ids.Add((file, await AppendRawAsync(platform.ConnectionString, stream), stream));

        await using var session = store.QuerySession();
        foreach (var (file, id, stream) in ids)
        {
            var events = await session.Events.FetchStreamAsync(id);
            events.Count.ShouldBe(stream.Events.Count, file);
            for (var i = 0; i < events.Count; i++)
            {
                var stored = stream.Events[i];
                var reads = JsonNode.Parse(store.Options.Serializer().ToJson(events[i].Data));
                JsonNode.DeepEquals(reads, stored.Reads ?? stored.Data).ShouldBeTrue(
                    $"{file}, event {i + 1} ({stored.Type}) reads back as {events[i].Data.GetType().Name} {reads?.ToJsonString()} instead of " +
                    $"{(stored.Reads ?? stored.Data)?.ToJsonString()}: the event's shape changed. Keep the stored shape readable with an upcaster " +
                    "or a new event type (docs/adr/0024-event-versioning.md), then write what it now reads as \"reads\".");
            }
            if (stream.Aggregate is null) continue; // a stream of facts no aggregate folds: its events feed projections only
            var aggregate = AggregateType(stream.Aggregate, file);
            (await AggregateAsync(session, aggregate, id)).ShouldNotBeNull($"{file} did not aggregate into {aggregate.Name}");
        }

        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in store.Options.Events.Projections().Select(p => p.Name).Distinct())
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(1), CancellationToken.None);
    }

    /// <summary>Writes the stream the way Marten stores one (its rows in mt_streams and mt_events), bypassing today's serializer.</summary>
    private static async Task<Guid> AppendRawAsync(string connectionString, StoredStream stream)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("insert into events.mt_streams (id, type, version) values ($1, $2, $3)")
            { Parameters = { new() { Value = id }, new() { Value = (object?)stream.Aggregate ?? DBNull.Value }, new() { Value = (long)stream.Events.Count } } });
        for (var version = 1; version <= stream.Events.Count; version++)
        {
            var stored = stream.Events[version - 1];
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "insert into events.mt_events (seq_id, id, stream_id, version, data, type) values (nextval('events.mt_events_sequence'), $1, $2, $3, $4::jsonb, $5)")
                { Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = id }, new() { Value = (long)version }, new() { Value = stored.Data!.ToJsonString() }, new() { Value = stored.Type } } });
        }
        await batch.ExecuteNonQueryAsync();
        return id;
    }

    private Type AggregateType(string alias, string file) =>
        module.GetTypes().SingleOrDefault(t => SnakeCase(t.Name) == alias && !t.IsAbstract)
        ?? throw new ShouldAssertException($"{file}: no type of {module.GetName().Name} is stored as the aggregate \"{alias}\"");

    private static async Task<object?> AggregateAsync(IQuerySession session, Type aggregate, Guid id)
    {
        var method = typeof(IQueryEventStore).GetInterfaces().Append(typeof(IQueryEventStore)).SelectMany(i => i.GetMethods())
            .Single(m => m.Name == nameof(IQueryEventStore.AggregateStreamAsync) && m.GetParameters()[0].ParameterType == typeof(Guid))
            .MakeGenericMethod(aggregate);
        var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(Guid) ? id : p.HasDefaultValue ? p.DefaultValue : null).ToArray();
        var task = (Task)method.Invoke(session.Events, arguments)!;
        await task;
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
    }

    private static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private static readonly JsonSerializerOptions FileFormat = new(JsonSerializerDefaults.Web);

    private sealed record StoredStream(string? Aggregate, List<StoredEvent> Events);

    private sealed record StoredEvent(string Type, JsonNode? Data, JsonNode? Reads);
}

/// <summary>A platform on a database of its own for <see cref="EventCorpus"/>: the rebuilt projections hold the corpus only.</summary>
public sealed class EventCorpusHost : PlatformHost;

/// <summary>A module's corpus tests: derive once per module test project, with the module's <see cref="INanchuanModule"/>.</summary>
public abstract class ModuleEventCorpusTests<TModule>(EventCorpusHost platform) where TModule : INanchuanModule
{
    private static readonly EventCorpus Corpus = EventCorpus.Of(typeof(TModule).Assembly);

    [Fact]
    public void Every_event_type_of_the_module_is_in_the_corpus()
    {
        var uncovered = Corpus.Uncovered(platform.Store());
        uncovered.ShouldBeEmpty("no stored event of these types in EventCorpus/: " + string.Join(", ", uncovered));
    }

    [Fact]
    public Task Stored_events_read_back_unchanged_and_replay_into_the_aggregates_and_projections() => Corpus.ReplayAsync(platform);
}
