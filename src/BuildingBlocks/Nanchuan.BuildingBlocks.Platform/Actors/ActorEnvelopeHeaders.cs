using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Events;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>
/// Carries the acting user on every outgoing message and restores it when the message is handled, so events
/// appended by a handler in another module still name the person whose action caused them (ADR 0006).
/// </summary>
public sealed class ActorEnvelopeHeaders : IEnvelopeRule
{
    private const string Prefix = "nanchuan-actor-";

    public void Modify(Envelope envelope)
    {
        var actor = CurrentActor.Value;
        // A scheduled message or a deadline timer is the platform acting later, not the user now.
        if (actor.Role == Roles.System || envelope.ScheduledTime is not null || envelope.Message is IDeadlineTimer) return;
        envelope.Headers[Prefix + "id"] = actor.Id;
        envelope.Headers[Prefix + "name"] = Uri.EscapeDataString(actor.Name);
        envelope.Headers[Prefix + "role"] = actor.Role;
        envelope.Headers[Prefix + "channel"] = actor.Channel;
        if (actor.Department is not null) envelope.Headers[Prefix + "department"] = Uri.EscapeDataString(actor.Department);
        if (actor.CreditCode is not null) envelope.Headers[Prefix + "creditCode"] = actor.CreditCode;
        if (actor.ServicePoint is not null) envelope.Headers[Prefix + "servicePoint"] = Uri.EscapeDataString(actor.ServicePoint);
        if (actor.DepartmentId is not null) envelope.Headers[Prefix + "departmentId"] = actor.DepartmentId;
    }

    // Wolverine calls this for every message sent from a context (local queues included); Modify only for some transports.
    public void ApplyCorrelation(IMessageContext originator, Envelope outgoing) => Modify(outgoing);

    /// <summary>
    /// Delivery options carrying the current actor, for a message invoked in-process with a reply (<c>InvokeAsync</c> stamps no
    /// headers, so its handler would otherwise run as the system).
    /// </summary>
    public static DeliveryOptions OfCurrentActor()
    {
        var envelope = new Envelope();
        new ActorEnvelopeHeaders().Modify(envelope);
        var options = new DeliveryOptions();
        foreach (var (key, value) in envelope.Headers) options.WithHeader(key, value!);
        return options;
    }

    /// <summary>The actor a handled message carries, or null for messages the platform sent on its own.</summary>
    public static Actor? Read(Envelope envelope)
    {
        string? Header(string key) => envelope.Headers.TryGetValue(Prefix + key, out var value) ? value : null;
        var (id, role) = (Header("id"), Header("role"));
        if (id is null || role is null || envelope.ScheduledTime is not null) return null;
        return new Actor(id, Uri.UnescapeDataString(Header("name") ?? id), role,
            Header("department") is { } department ? Uri.UnescapeDataString(department) : null,
            Header("creditCode"), Header("channel") ?? Channels.System,
            Header("servicePoint") is { } point ? Uri.UnescapeDataString(point) : null,
            Header("departmentId"));
    }
}

/// <summary>Wolverine middleware on every message handler: the handler runs as the actor its message carries (System otherwise).</summary>
public static class ActorFromEnvelopeMiddleware
{
    public static void Before(Envelope envelope) => CurrentActor.Set(ActorEnvelopeHeaders.Read(envelope) ?? Actor.System);
}
