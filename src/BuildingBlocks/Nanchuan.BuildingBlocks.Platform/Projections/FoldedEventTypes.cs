using System.Reflection;
using Marten.Events;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// The event types a stream replay folds for a projection, and the rows of the event table that can hold one (docs/adr/0236):
/// those stored under the alias of a folded type or of an upcast to one, and those whose .NET type is a folded type (Marten's
/// reader takes a row's type from its .NET type when the alias is unknown to the store, or names another type registered under
/// the same alias). Nothing else can be read as a folded type, so the replay's query leaves everything else in the table.
/// When the types cannot all be known — none declared; one of them (Marten's own markers aside) an interface, an abstract or an
/// unsealed class, whose subtypes may be stored under aliases this store has never registered; or Marten's aliases of upcasts
/// out of reach — every row is read.
/// </summary>
internal sealed class FoldedEventTypes
{
    private readonly Type[] _folded;
    private readonly Dictionary<Type, bool> _folds = [];

    private FoldedEventTypes(Type[] folded, string[]? aliases, string[]? dotNetTypeNames)
    {
        _folded = folded;
        Aliases = aliases;
        DotNetTypeNames = dotNetTypeNames;
    }

    /// <summary>The aliases of the rows to read; null when every row is read.</summary>
    public string[]? Aliases { get; }

    /// <summary>The .NET type names of the rows to read besides those aliases; null when every row is read.</summary>
    public string[]? DotNetTypeNames { get; }

    public bool ReadsEveryRow => Aliases is null;

    /// <summary>The types declared by <paramref name="projection"/> (as Marten's inline and asynchronous paths choose it), with their rows in <paramref name="events"/>.</summary>
    public static FoldedEventTypes Of(object projection, EventGraph events)
    {
        var folded = ScopedInlineProjections.DeclaredEventTypes(projection)?.Distinct().ToArray() ?? [];
        if (folded.Length == 0 || !folded.All(IsLeaf) || UpcastAliases(events, folded) is not { } upcast) return new FoldedEventTypes(folded, null, null);
        var mappings = folded.Select(type => events.EventMappingFor(type)).ToList();
        return new FoldedEventTypes(folded, [.. mappings.Select(m => m.EventTypeName).Union(upcast).Order(StringComparer.Ordinal)],
            [.. mappings.Select(m => m.DotNetTypeName).Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Whether an event read as <paramref name="eventType"/> is folded: its type or a subtype of one declared, as Marten applies
    /// it; any event when none is declared (Marten hands such a projection every event).
    /// </summary>
    public bool Folds(Type eventType)
    {
        if (_folded.Length == 0) return true;
        if (!_folds.TryGetValue(eventType, out var yes)) _folds[eventType] = yes = _folded.Any(t => t.IsAssignableFrom(eventType));
        return yes;
    }

    /// <summary>
    /// A type no other type can be read as: a value type or a sealed class; or one of Marten's own markers that aggregations
    /// declare (<c>Archived</c>, <c>Compacted&lt;T&gt;</c>), which only Marten appends.
    /// </summary>
    private static bool IsLeaf(Type type) =>
        type.IsValueType || type is { IsClass: true, IsSealed: true } ||
        type.Assembly.GetName().Name is { } assembly && (assembly.StartsWith("JasperFx", StringComparison.Ordinal) || assembly.StartsWith("Marten", StringComparison.Ordinal));

    /// <summary>
    /// The aliases Marten reads as one of <paramref name="types"/> through an upcast (`Upcast&lt;TOld, TNew&gt;(alias, …)`): only
    /// Marten's internal <c>EventGraph.AliasesForEvents</c> knows them, the same list its daemon adds to its filter. Null when this
    /// Marten has no such method, and the replay reads every row.
    /// </summary>
    private static IReadOnlySet<string>? UpcastAliases(EventGraph events, IReadOnlyCollection<Type> types) =>
        typeof(EventGraph).GetMethod("AliasesForEvents", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(IReadOnlyCollection<Type>)]) is { } method &&
        method.ReturnType == typeof(IReadOnlySet<string>)
            ? (IReadOnlySet<string>?)method.Invoke(events, [types])
            : null;
}
