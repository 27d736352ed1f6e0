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
        // Every stored unit (a few dozen) by Marten's SQL query, not a LINQ query: at every start this was the process's first LINQ
        // query, which pays for Marten's query parser; nor by the shipped ids (LoadManyAsync), whose uuid[] parameter makes Npgsql
        // resolve its array mappings, about fifty more methods for the JIT (ADR 0252).
        var stored = (await session.QueryAsync<DepartmentRecord>("where true", cancellationToken)).Select(r => r.DepartmentId).ToHashSet();
        foreach (var unit in DepartmentSeed.All.Where(u => !stored.Contains(u.Id)))
            session.Events.StartStream<DepartmentRecord>(DepartmentRecord.StreamIdFor(unit.Id),
                new DepartmentAdded(unit.Id, unit.Name, unit.EnglishName, unit.Kind, Shipped: true));
        await session.SaveChangesAsync(cancellationToken);
    }
}
