using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests;

/// <summary>The module's stored events (EventCorpus/*.json) replayed into today's code (docs/adr/0024-event-versioning.md).</summary>
public sealed class EventCorpusTests(EventCorpusHost platform) : IClassFixture<EventCorpusHost>
{
    private static readonly EventCorpus Corpus = EventCorpus.Of(typeof(GrievancesModule).Assembly);

    [Fact]
    public void Every_event_type_of_the_module_is_in_the_corpus() => Corpus.Uncovered(platform.Store()).ShouldBeEmpty(string.Join(", ", Corpus.Uncovered(platform.Store())));

    [Fact]
    public Task Stored_events_read_back_unchanged_and_replay_into_the_aggregates_and_projections() => Corpus.ReplayAsync(platform);
}
