using System.Collections.Concurrent;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>One read model or report table the events feed, and what its last rebuild on this node did.</summary>
/// <param name="Name">Marten's projection name, or a recomputed report table's qualified name: the one `projections rebuild -p NAME` takes too.</param>
/// <param name="Lifecycle">Inline (written in the command's transaction), Async (by the daemon) or Recomputed (a report table refreshed by a handler, ADR 0145).</param>
/// <param name="State">`idle`, `rebuilding` or `failed`.</param>
/// <param name="StartedBy">Who started the last rebuild (the Admin's name, from the server's identity).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it ended; null while it runs.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record ProjectionStatus(
    string Name, string Lifecycle, string State, string? StartedBy, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error);

/// <summary>
/// Rebuilds a projection from the whole event store in the background (a rebuild of years of events outlasts any HTTP
/// request), one at a time per projection; the Admin starts it and reads its state in the list. Report tables recomputed by a
/// handler (<see cref="RecomputedReportTable"/>) are listed and rebuilt here too, by recomputing them (docs/adr/0145).
/// </summary>
public sealed class ProjectionRebuilds(
    IDocumentStore store, IEnumerable<RecomputedReportTable> recomputed, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<ProjectionRebuilds> log)
{
    public const string Recomputed = "Recomputed";

    // A rebuild's own limit: past it the daemon gives up rather than hold a node's worker for ever.
    private static readonly TimeSpan Limit = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, Run> _runs = new(StringComparer.Ordinal);

    public IReadOnlyList<ProjectionStatus> All() =>
        Sources().Select(p => Status(p.Name, p.Lifecycle)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>Starts a rebuild; 404 for an unknown name, 409 while one is running.</summary>
    public void Start(string name, Actor actor)
    {
        if (!Sources().Any(p => p.Name == name))
            throw new NotFoundException($"没有名为“{name}”的投影 / there is no projection named '{name}'.");
        var run = new Run(actor.Name, time.GetUtcNow());
        var previous = _runs.GetValueOrDefault(name);
        if (previous is { Finished: false })
            throw new InvalidStateTransitionException("重建中 / rebuilding", "重建投影 / rebuild",
                $"投影“{name}”正在重建（{previous.StartedBy}，{previous.StartedAt:yyyy-MM-dd HH:mm}起） / '{name}' is being rebuilt already.");
        if (!(previous is null ? _runs.TryAdd(name, run) : _runs.TryUpdate(name, run, previous)))
            throw new InvalidStateTransitionException("重建中 / rebuilding", "重建投影 / rebuild", $"投影“{name}”正在重建 / '{name}' is being rebuilt already.");

        log.LogWarning("{Actor} ({Role}) started rebuilding projection {Projection}", actor.Id, actor.Role, name);
        // Outlives the request that started it: it must not carry the request's (soon disposed) HttpContext with it.
        using (ExecutionContext.SuppressFlow()) run.Task = Task.Run(() => RebuildAsync(name, run));
    }

    /// <summary>Completes when the projection's current rebuild has ended (at once when none runs): for tools and tests that wait on one.</summary>
    public Task WhenFinished(string name) => _runs.GetValueOrDefault(name)?.Task ?? Task.CompletedTask;

    private async Task RebuildAsync(string name, Run run)
    {
        try
        {
            if (recomputed.FirstOrDefault(table => table.Name == name) is { } table)
                await table.RebuildAsync(store, new Progress<string>(step => log.LogInformation("Rebuilding {Table}: {Step}", name, step)), lifetime.ApplicationStopping);
            else
            {
                if (!await StreamReplay.TryRebuildAsync(store, name, lifetime.ApplicationStopping))
                    await RebuildByTheDaemonAsync(name);
                await Erasure.ErasureCounts.RestoreAsync(store, lifetime.ApplicationStopping);
            }
            log.LogWarning("Projection {Projection} rebuilt in {Seconds:F1} s", name, (time.GetUtcNow() - run.StartedAt).TotalSeconds);
        }
        catch (Exception e)
        {
            run.Error = e.Message;
            log.LogError(e, "Rebuilding projection {Projection} failed", name);
        }
        finally
        {
            run.FinishedAt = time.GetUtcNow();
        }
    }

    private async Task RebuildByTheDaemonAsync(string name)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(name, Limit, lifetime.ApplicationStopping);
    }

    private ProjectionStatus Status(string name, string lifecycle) => _runs.GetValueOrDefault(name) switch
    {
        null => new(name, lifecycle, "idle", null, null, null, null),
        { Finished: false } run => new(name, lifecycle, "rebuilding", run.StartedBy, run.StartedAt, null, null),
        var run => new(name, lifecycle, run.Error is null ? "idle" : "failed", run.StartedBy, run.StartedAt, run.FinishedAt, run.Error),
    };

    private IEnumerable<(string Name, string Lifecycle)> Sources() =>
        store.Options.Events.Projections().Select(p => (p.Name, p.Lifecycle.ToString())).DistinctBy(p => p.Name)
            .Concat(recomputed.Select(table => (table.Name, Recomputed)));

    private sealed class Run(string startedBy, DateTimeOffset startedAt)
    {
        public string StartedBy { get; } = startedBy;
        public DateTimeOffset StartedAt { get; } = startedAt;
        public DateTimeOffset? FinishedAt { get; set; }
        public string? Error { get; set; }
        public Task Task { get; set; } = Task.CompletedTask;
        public bool Finished => FinishedAt is not null;
    }
}
