using System.Collections.Concurrent;
using System.Reflection;
using JasperFx.Core.Reflection;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// Runs, on each save, only the inline projections that declare an event type of the save (docs/adr/0179). Marten hands
/// every save to every inline projection: a grievance's contact went through all twelve modules' 58, and the 53 that never
/// apply to it (each slicing or scanning the save's events to find nothing) took about 30 % of the save's CPU (bench/RESULTS.md,
/// 2026-12-05 (b)). Marten filters by event type only for asynchronous projections, so the kit puts this one in the place of
/// Marten's list, keeps its order, and chooses once per event type. A projection chosen gets the save's streams as Marten
/// would have given them; one not chosen would have found no event of its types in them.
/// </summary>
public sealed class ScopedInlineProjections : IInlineProjection<IDocumentOperations>
{
    private readonly IInlineProjection<IDocumentOperations>[] _projections;
    private readonly Type[]?[] _eventTypes;
    private readonly ConcurrentDictionary<Type, int[]> _runBy = new();

    /// <summary>Scopes the given projections, in their order; refuses one that declares no event type.</summary>
    public ScopedInlineProjections(IReadOnlyList<IInlineProjection<IDocumentOperations>> projections)
    {
        _projections = [.. projections];
        RefuseUndeclared(_projections.Select(p => (p.GetType().Name, (object)p)));
        _eventTypes = _projections.Select(DeclaredEventTypes).ToArray();
    }

    /// <summary>
    /// Puts the scoped list in the place of the one Marten builds from <paramref name="options"/> at the first save, after the
    /// modules' registrations have been checked: a projection that declares no event type stops the start.
    /// </summary>
    internal static void Install(StoreOptions options)
    {
        RefuseUndeclared(options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline).Select(p => (p.Name, (object)p)));
        var graph = (EventGraph)options.Events;
        var field = typeof(EventGraph).GetField("_inlineProjections", BindingFlags.Instance | BindingFlags.NonPublic);
        if (field?.GetValue(graph) is not Lazy<IInlineProjection<IDocumentOperations>[]> marten)
            throw new InvalidOperationException(
                $"Marten {typeof(EventGraph).Assembly.GetName().Version} no longer keeps its inline projections in EventGraph._inlineProjections: " +
                "the kit's scoping of inline projections (docs/adr/0179) must follow it before this version is used.");
        field.SetValue(graph, new Lazy<IInlineProjection<IDocumentOperations>[]>(() => [new ScopedInlineProjections(marten.Value)]));
    }

    public async Task ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation)
    {
        foreach (var index in Chosen(streams))
            await _projections[index].ApplyAsync(operations, streams, cancellation).ConfigureAwait(false);
    }

    /// <summary>The positions of the projections that declare an event type of the streams' events, in order.</summary>
    private int[] Chosen(IEnumerable<StreamAction> streams)
    {
        int[]? first = null;
        bool[]? union = null;
        foreach (var stream in streams)
            foreach (var e in stream.Events)
            {
                if (!_runBy.TryGetValue(e.EventType, out var runBy)) runBy = _runBy.GetOrAdd(e.EventType, RunBy(e.EventType));
                if (first is null) first = runBy;
                else if (!ReferenceEquals(runBy, first))
                {
                    if (union is null)
                    {
                        union = new bool[_projections.Length];
                        foreach (var index in first) union[index] = true;
                    }
                    foreach (var index in runBy) union[index] = true;
                }
            }
        if (union is not null) return Enumerable.Range(0, union.Length).Where(index => union[index]).ToArray();
        return first ?? [];
    }

    private int[] RunBy(Type eventType) =>
        Enumerable.Range(0, _projections.Length).Where(index => _eventTypes[index] is not { } declared || Matches(declared, eventType)).ToArray();

    /// <summary>Marten's own test of whether an event type applies to a stream aggregation (exact or assignable).</summary>
    private static bool Matches(Type[] declared, Type eventType) => declared.Any(eventType.CanBeCastTo);

    /// <summary>
    /// The event types a projection declares: an aggregation's (its Apply/Create methods, its deletes, Marten's markers, the
    /// types it includes with <c>IncludeType</c>), an event projection's, or those a whole projection includes; Marten's daemon
    /// reads the same lists when it rebuilds, and the stream replay's (<see cref="FoldedEventTypes"/>). Null for a projection of Marten's own that declares nothing (it runs on every save).
    /// </summary>
    internal static Type[]? DeclaredEventTypes(object projection) => projection switch
    {
        IAggregateProjection aggregation => aggregation.AllEventTypes,
        EventFilterable filterable => [.. filterable.IncludedEventTypes],
        _ => null,
    };

    private static void RefuseUndeclared(IEnumerable<(string Name, object Projection)> projections)
    {
        var undeclared = projections.Where(p => DeclaredEventTypes(p.Projection) is { Length: 0 }).Select(p => p.Name).ToList();
        if (undeclared.Count > 0)
            throw new InvalidOperationException(
                $"The inline projections {string.Join(", ", undeclared)} declare no event type, so no save would run them (docs/adr/0179). " +
                "Give each Apply/Create/Project methods, or call IncludeType<T>() for each event type it handles (a whole IProjection " +
                "derives from ProjectionBase to do so).");
    }
}
