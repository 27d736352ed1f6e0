namespace Nanchuan.Oversight.Tests;

/// <summary>The module's stored events (EventCorpus/*.json) replayed into today's code (docs/adr/0024-event-versioning.md).</summary>
public sealed class EventCorpusTests(EventCorpusHost platform) : ModuleEventCorpusTests<OversightModule>(platform), IClassFixture<EventCorpusHost>;
