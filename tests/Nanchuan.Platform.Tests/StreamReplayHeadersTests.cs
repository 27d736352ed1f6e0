using JasperFx.Events;
using Marten.Events.Aggregation;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Platform.Tests;

/// <summary>The stream replay leaves the headers column out for a projection whose code never reads it (ADR 0208).</summary>
public sealed class StreamReplayHeadersTests
{
    [Fact]
    public void The_replay_reads_the_headers_only_for_a_projection_whose_code_may_read_them()
    {
        StreamReplay.ReadsEventHeaders(typeof(SingleStreamProjection<Grievance, Guid>), typeof(Grievance)).ShouldBeFalse();

        StreamReplay.ReadsEventHeaders(typeof(ActorRowProjection), typeof(ActorRow)).ShouldBeTrue("its Evolve asks for a header");
        StreamReplay.ReadsEventHeaders(typeof(SingleStreamProjection<ActorSnapshot, Guid>), typeof(ActorSnapshot))
            .ShouldBeTrue("its Apply reads the headers through a helper of its assembly");
    }

    public sealed class ActorRow
    {
        public Guid Id { get; set; }
        public string? Actor { get; set; }
    }

    public sealed class ActorRowProjection : SingleStreamProjection<ActorRow, Guid>
    {
        public override ActorRow? Evolve(ActorRow? snapshot, Guid id, IEvent e) => new() { Id = id, Actor = e.GetHeader("actorId")?.ToString() };
    }

    public sealed class ActorSnapshot
    {
        public Guid Id { get; set; }
        public string? Actor { get; set; }

        public void Apply(IEvent<GrievanceClosed> e) => Actor = EventActors.Of(e);
    }

    private static class EventActors
    {
        public static string? Of(IEvent e) => e.Headers?.GetValueOrDefault("actorId")?.ToString();
    }
}
