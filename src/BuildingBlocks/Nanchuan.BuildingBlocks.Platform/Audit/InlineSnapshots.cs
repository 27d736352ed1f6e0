using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using JasperFx.Events.Projections;
using Marten;
using Nanchuan.BuildingBlocks.Platform.Projections;

namespace Nanchuan.BuildingBlocks.Platform.Audit;

/// <summary>
/// Which case types the store keeps as an inline snapshot (a document per stream, written in the command's transaction): for
/// those, the case as it stands now is one row by key, not its whole stream folded again (ADR 0167).
/// </summary>
internal static class InlineSnapshots
{
    private static readonly ConditionalWeakTable<IDocumentStore, ConcurrentDictionary<Type, bool>> Known = new();

    public static bool Keeps(IDocumentStore store, Type caseType) =>
        Known.GetOrCreateValue(store).GetOrAdd(caseType, type => store is DocumentStore document && document.Options.Projections.All
            .Any(p => p.Lifecycle == ProjectionLifecycle.Inline && StreamReplay.DocumentOf(p.GetType()) == type));
}
