using JasperFx.Events.Projections;
using Marten;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The stream replay reads only the rows of the event table that can be read as an event type the projection folds, its upcast
/// aliases included, and every row when those types cannot all be known (ADR 0236); the documents are those Marten's own
/// aggregation of each stream gives.
/// </summary>
public sealed class StreamReplayEventTypesTests : IAsyncLifetime
{
    private const int Cases = 30;
    private const string FirstNoteAlias = "case_noted_first";

    private string _connectionString = "";
    private DocumentStore _store = null!;
    private Guid _upcastCase;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabaseServer.CreateDatabaseAsync(nameof(StreamReplayEventTypesTests));
        _store = new DocumentStore(Options(_connectionString, options =>
        {
            options.Projections.Snapshot<CaseFile>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<HolidayList>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<RemarkCount>(SnapshotLifecycle.Inline);
            options.Events.AddEventType<ClerkRemark>();
            options.Events.Upcast<CaseNotedFirst, CaseNoted>(FirstNoteAlias, first => new CaseNoted(first.Text.ToUpperInvariant()));
        }));
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        await using (var session = _store.LightweightSession())
        {
            for (var i = 0; i < Cases; i++)
                session.Events.StartStream(Guid.CreateVersion7(), new CaseOpened($"case {i}"), new CaseNoted($"first note {i}"),
                    new ClerkRemark($"remark {i}"), new CaseNoted($"second note {i}"));
            session.Events.StartStream(Guid.CreateVersion7(), new HolidayDeclared("2026-10-01"), new HolidayDeclared("2026-10-02"));
            session.Events.StartStream(Guid.CreateVersion7(), new HolidayDeclared("2027-01-01"), new HolidayDeclared("2027-01-02"));
            _upcastCase = session.Events.StartStream(Guid.CreateVersion7(), new CaseOpened("stored before notes were renamed")).Id;
            await session.SaveChangesAsync();
        }
        // Notes as an older version of the platform stored them: under another alias and .NET type, read today through the
        // upcast; and under an alias this store no longer knows, read today by their .NET type.
        using var older = new DocumentStore(Options(_connectionString, options =>
        {
            options.Events.MapEventType<CaseNotedFirst>(FirstNoteAlias);
            options.Events.MapEventType<CaseNoted>("case_note_written");
        }));
        await using (var session = older.LightweightSession())
        {
            session.Events.Append(_upcastCase, new CaseNotedFirst("old note one"), new CaseNotedFirst("old note two"), new CaseNoted("note under a forgotten alias"));
            await session.SaveChangesAsync();
        }
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_projection_of_few_streams_reads_only_their_events_and_writes_the_same_documents()
    {
        var replayed = await ReplayAsync<HolidayList>();

        replayed.ShouldBe(new StreamReplayed(EventRowsRead: 4, ReadEveryEventType: false, Documents: 2));
        await ShouldHoldEachStreamsAggregateAsync<HolidayList>(2);
    }

    [Fact]
    public async Task A_projection_reads_its_event_types_under_every_alias_they_are_stored_under_and_no_other()
    {
        var replayed = await ReplayAsync<CaseFile>();

        // Each case's opening and two notes, and the old case's opening and its three notes.
        replayed.ShouldBe(new StreamReplayed(EventRowsRead: Cases * 3 + 4, ReadEveryEventType: false, Documents: Cases + 1));
        await ShouldHoldEachStreamsAggregateAsync<CaseFile>(Cases + 1);
        await using var session = _store.QuerySession();
        (await session.LoadAsync<CaseFile>(_upcastCase)).ShouldNotBeNull().Notes.ShouldBe(["OLD NOTE ONE", "OLD NOTE TWO", "note under a forgotten alias"]);
    }

    [Fact]
    public async Task A_projection_folding_an_abstract_event_type_reads_every_event()
    {
        // Its subtypes may be stored under aliases this store has never registered: only reading them all is safe.
        var replayed = await ReplayAsync<RemarkCount>();

        replayed.ShouldBe(new StreamReplayed(EventRowsRead: await AllEventsAsync(), ReadEveryEventType: true, Documents: Cases));
        await ShouldHoldEachStreamsAggregateAsync<RemarkCount>(Cases);
    }

    private async Task<StreamReplayed> ReplayAsync<TDoc>()
    {
        // Marten names the projection of a nested document type after its declaring type too.
        var name = _store.Options.Projections.All.Single(p => p.Name.EndsWith(typeof(TDoc).Name, StringComparison.Ordinal)).Name;
        return (await StreamReplay.TryRebuildAsync(_store, name, CancellationToken.None)).ShouldNotBeNull();
    }

    /// <summary>Every document the replay wrote is, as JSON, what Marten's live aggregation of its stream gives; there are <paramref name="count"/>.</summary>
    private async Task ShouldHoldEachStreamsAggregateAsync<TDoc>(int count) where TDoc : class, IHasId
    {
        await using var session = _store.QuerySession();
        var rebuilt = await session.Query<TDoc>().ToListAsync();
        rebuilt.Count.ShouldBe(count);
        var serializer = _store.Options.Serializer();
        foreach (var document in rebuilt)
        {
            var live = (await session.Events.AggregateStreamAsync<TDoc>(document.Id)).ShouldNotBeNull();
            serializer.ToJson(document).ShouldBe(serializer.ToJson(live));
        }
    }

    private async Task<long> AllEventsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"select count(*) from {PlatformHosting.EventSchema}.mt_events", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static StoreOptions Options(string connectionString, Action<StoreOptions> configure)
    {
        var options = PlatformHosting.StoreOptionsFor(connectionString, []);
        configure(options);
        return options;
    }

    public interface IHasId
    {
        Guid Id { get; }
    }

    public sealed record CaseOpened(string Title);

    public sealed record CaseNoted(string Note);

    /// <summary>A note as it was stored before <see cref="CaseNoted"/>, under its own alias.</summary>
    public sealed record CaseNotedFirst(string Text);

    public sealed record HolidayDeclared(string Day);

    public abstract record Remark(string Text);

    public sealed record ClerkRemark(string Text) : Remark(Text);

    public sealed class CaseFile : IHasId
    {
        public Guid Id { get; set; }
        public string Title { get; set; } = "";
        public List<string> Notes { get; set; } = [];

        public void Apply(CaseOpened e) => Title = e.Title;

        public void Apply(CaseNoted e) => Notes.Add(e.Note);
    }

    public sealed class HolidayList : IHasId
    {
        public Guid Id { get; set; }
        public List<string> Days { get; set; } = [];

        public void Apply(HolidayDeclared e) => Days.Add(e.Day);
    }

    public sealed class RemarkCount : IHasId
    {
        public Guid Id { get; set; }
        public int Count { get; set; }

        public void Apply(Remark e) => Count++;
    }
}
