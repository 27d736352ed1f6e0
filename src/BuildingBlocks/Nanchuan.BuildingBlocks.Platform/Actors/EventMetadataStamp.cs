using Marten;
using Marten.Services;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>Header keys of the event metadata of platform rule 1 (correlation and causation ids use Marten's own columns).</summary>
public static class EventHeaders
{
    public const string ActorId = "actorId";
    public const string ActorName = "actorName";
    public const string Role = "role";
    public const string Department = "department";
    public const string CreditCode = "creditCode";
    public const string Channel = "channel";
    public const string ServicePoint = "servicePoint";
    public const string DepartmentId = "departmentId";
}

/// <summary>
/// Stamps every event about to be appended with the current actor (id, name, role, department, channel),
/// whatever code appended it: a module cannot forget the metadata. Runs after Marten has applied the
/// session's correlation/causation ids (set by Wolverine from the message context).
/// </summary>
public sealed class EventMetadataStamp : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var actor = CurrentActor.Value;
        foreach (var stream in session.PendingChanges.Streams())
        {
            foreach (var @event in stream.Events)
            {
                if (@event.Headers?.ContainsKey(EventHeaders.ActorId) == true) continue;
                Stamp(@event, actor);
                @event.CorrelationId ??= session.CorrelationId;
                @event.CausationId ??= session.CausationId;
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Names the actor on one event. For a session that writes the events of several messages (oversight's filing of several
    /// cases at once, ADR 0230), each event is stamped with its own message's actor before the save, and this listener leaves it.
    /// </summary>
    public static void Stamp(JasperFx.Events.IEvent @event, Actor actor)
    {
        @event.SetHeader(EventHeaders.ActorId, actor.Id);
        @event.SetHeader(EventHeaders.ActorName, actor.Name);
        @event.SetHeader(EventHeaders.Role, actor.Role);
        @event.SetHeader(EventHeaders.Channel, actor.Channel);
        if (actor.Department is not null) @event.SetHeader(EventHeaders.Department, actor.Department);
        if (actor.CreditCode is not null) @event.SetHeader(EventHeaders.CreditCode, actor.CreditCode);
        if (actor.ServicePoint is not null) @event.SetHeader(EventHeaders.ServicePoint, actor.ServicePoint);
        if (actor.DepartmentId is not null) @event.SetHeader(EventHeaders.DepartmentId, actor.DepartmentId);
        @event.UserName ??= actor.Id;
    }
}
