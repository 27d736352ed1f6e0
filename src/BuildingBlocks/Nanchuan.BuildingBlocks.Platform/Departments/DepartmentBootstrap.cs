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
        var stored = (await session.Query<DepartmentRecord>().Select(r => r.DepartmentId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var unit in DepartmentSeed.All.Where(u => !stored.Contains(u.Id)))
            session.Events.StartStream<DepartmentRecord>(DepartmentRecord.StreamIdFor(unit.Id),
                new DepartmentAdded(unit.Id, unit.Name, unit.EnglishName, unit.Kind, Shipped: true));
        await session.SaveChangesAsync(cancellationToken);
    }
}
