using Marten;
using Nanchuan.BuildingBlocks.Departments;
using Nanchuan.BuildingBlocks.Platform.Openings;

namespace Nanchuan.BuildingBlocks.Platform.Departments;

/// <summary>At start-up: records each shipped unit the database does not hold yet, so every unit has an auditable history.</summary>
public sealed class DepartmentBootstrap(IDocumentStore store) : IPlatformOpening
{
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        // By the shipped units' stream ids (derived from their directory ids), not by a LINQ query: at every start this would be
        // the process's first LINQ query, and the first pays for Marten's query parser, which no opening needs (ADR 0252).
        var shippedIds = DepartmentSeed.All.Select(u => DepartmentRecord.StreamIdFor(u.Id)).ToArray();
        var stored = (await session.LoadManyAsync<DepartmentRecord>(cancellationToken, shippedIds)).Select(r => r.DepartmentId).ToHashSet();
        foreach (var unit in DepartmentSeed.All.Where(u => !stored.Contains(u.Id)))
            session.Events.StartStream<DepartmentRecord>(DepartmentRecord.StreamIdFor(unit.Id),
                new DepartmentAdded(unit.Id, unit.Name, unit.EnglishName, unit.Kind, Shipped: true));
        await session.SaveChangesAsync(cancellationToken);
    }
}
