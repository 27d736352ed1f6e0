using Nanchuan.BuildingBlocks.Events;
using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Nanchuan.Licensing.Registration;

/// <summary>Scheduled (durable) warning before the licence deadline, carrying the due time it was set for.</summary>
public sealed record RegistrationDeadlineWarning(Guid RegistrationId, DateTimeOffset DueAt) : IDeadlineTimer;

/// <summary>Scheduled (durable) overdue check at the licence deadline, carrying the due time it was set for.</summary>
public sealed record RegistrationDeadlineCheck(Guid RegistrationId, DateTimeOffset DueAt) : IDeadlineTimer;

/// <summary>Watches the 0.5-day licence deadline: fires the warning and the overdue event, and moves deadlines when the holiday schedule changes.</summary>
public static class RegistrationDeadlineHandler
{
    /// <summary>A warning and an overdue check that fire together (both past due after downtime) race for the same stream: the loser retries.</summary>
    public static void Configure(HandlerChain chain) =>
        chain.OnException<JasperFx.ConcurrencyException>().RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));

    public static OutgoingMessages Schedule(Guid id, DateTimeOffset dueAt, DateTimeOffset warnAt) =>
        [new RegistrationDeadlineWarning(id, dueAt).ScheduledAt(warnAt), new RegistrationDeadlineCheck(id, dueAt).ScheduledAt(dueAt)];

    public static Task Handle(RegistrationDeadlineWarning message, IDocumentSession session, CancellationToken cancellation) =>
        FireAsync(session, message.RegistrationId, message.DueAt, warning: true, cancellation);

    public static Task Handle(RegistrationDeadlineCheck message, IDocumentSession session, CancellationToken cancellation) =>
        FireAsync(session, message.RegistrationId, message.DueAt, warning: false, cancellation);

    /// <summary>Every accepted registration whose deadline the new schedule moves gets a recomputed deadline and new scheduled messages.</summary>
    public static async Task<OutgoingMessages> Handle(
        HolidayScheduleChanged changed, IDocumentSession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var reason = $"{changed.Year}年节假日安排{(changed.IsAmendment ? "修订" : "载入")}（{changed.Notice}） / {changed.Year} holiday schedule {(changed.IsAmendment ? "amended" : "loaded")}";
        var waiting = await session.Query<CompanyRegistration>().Where(r => r.Status == RegistrationStatus.Accepted).ToListAsync(cancellation);
        var outgoing = new OutgoingMessages();
        foreach (var registration in waiting)
        {
            if (RegistrationDecisions.Recompute(registration, calendar, reason) is not { } moved) continue;
            session.Events.Append(registration.Id, moved);
            outgoing.AddRange(Schedule(registration.Id, moved.DueAt, moved.WarnAt));
        }
        return outgoing;
    }

    private static async Task FireAsync(IDocumentSession session, Guid id, DateTimeOffset dueAt, bool warning, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<CompanyRegistration>(id, cancellation);
        if (stream.Aggregate is { } registration && RegistrationDecisions.DeadlineReached(registration, dueAt, warning) is { } reached)
            stream.AppendOne(reached);
    }
}
