using Marten;

namespace Nanchuan.Bench.MartenStack;

public sealed record SeedRequest(int Count, string HandlingUnitId, string HandlingUnitName);

/// <summary>
/// S1's cases, as the driver seeds the platform's (bench/Nanchuan.Bench, Testbed): requests received two hours ago and
/// assigned an hour ago to the benchmark handler's department, started in sessions of 500 so the inline snapshot writes
/// each one's document. An endpoint of its own because the driver does not reference this app's types; it runs between
/// measured runs, never during one.
/// </summary>
public static class CaseSeeding
{
    public static async Task<IReadOnlyList<Guid>> SeedAsync(SeedRequest request, IDocumentStore store, TimeProvider time, CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var ids = Enumerable.Range(0, request.Count).Select(_ => Guid.CreateVersion7()).ToArray();
        foreach (var batch in ids.Chunk(500))
        {
            await using var session = store.LightweightSession();
            foreach (var id in batch)
            {
                var received = now.AddHours(-2);
                var assigned = now.AddHours(-1);
                session.Events.StartStream<Grievance>(id,
                    new GrievanceReceived(id, "phone", "重庆南川示例科技有限公司", "91500119MA5U8XRB98", "王经理", "13812345678",
                        "厂区门前道路破损，货车进出困难，请协调修复。", received, received.AddDays(1), received),
                    new GrievanceAssigned(id, 1, $"bench-{id:N}"[..20], "general", 5, request.HandlingUnitId, request.HandlingUnitName,
                        assigned, assigned.AddDays(7)));
            }
            await session.SaveChangesAsync(cancellation);
        }
        return ids;
    }
}
