using Marten;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Nanchuan.Licensing.Applications;

/// <summary>Scheduled (durable) warning one working day before the promised limit, carrying the due time it was set for.</summary>
public sealed record ApplicationDeadlineWarning(Guid ApplicationId, DateTimeOffset DueAt);

/// <summary>Scheduled (durable) overdue check at the promised limit, carrying the due time it was set for.</summary>
public sealed record ApplicationDeadlineCheck(Guid ApplicationId, DateTimeOffset DueAt);

/// <summary>Watches the promised limit of accepted applications; a message for a deadline no longer running is ignored.</summary>
public static class ApplicationDeadlineHandler
{
    public static void Configure(HandlerChain chain) =>
        chain.OnException<JasperFx.ConcurrencyException>().RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));

    public static OutgoingMessages Schedule(Guid id, DateTimeOffset dueAt, DateTimeOffset warnAt) =>
        [new ApplicationDeadlineWarning(id, dueAt).ScheduledAt(warnAt), new ApplicationDeadlineCheck(id, dueAt).ScheduledAt(dueAt)];

    public static async Task Handle(ApplicationDeadlineWarning message, IDocumentSession session, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<ServiceApplication>(message.ApplicationId, cancellation);
        if (stream.Aggregate is { Status: ApplicationStatus.Accepted, Warned: false } a && a.DueAt == message.DueAt)
            stream.AppendOne(new ApplicationDeadlineWarned(a.Id, message.DueAt));
    }

    public static async Task Handle(ApplicationDeadlineCheck message, IDocumentSession session, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<ServiceApplication>(message.ApplicationId, cancellation);
        if (stream.Aggregate is { Status: ApplicationStatus.Accepted, Overdue: false } a && a.DueAt == message.DueAt)
            stream.AppendOne(new ApplicationOverdue(a.Id, message.DueAt));
    }
}
