using Nanchuan.BuildingBlocks.Events;
using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Nanchuan.Licensing.Applications;

/// <summary>Scheduled (durable) warning one working day before the promised limit, carrying the due time it was set for.</summary>
public sealed record ApplicationDeadlineWarning(Guid ApplicationId, DateTimeOffset DueAt) : IDeadlineTimer;

/// <summary>Scheduled (durable) overdue check at the promised limit, carrying the due time it was set for.</summary>
public sealed record ApplicationDeadlineCheck(Guid ApplicationId, DateTimeOffset DueAt) : IDeadlineTimer;

/// <summary>Watches the promised limit of accepted applications; a message for a deadline no longer running is ignored.</summary>
public static class ApplicationDeadlineHandler
{
    public static void Configure(HandlerChain chain) =>
        chain.OnException<JasperFx.ConcurrencyException>().RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));

    public static OutgoingMessages Schedule(Guid id, DateTimeOffset dueAt, DateTimeOffset warnAt) =>
        [new ApplicationDeadlineWarning(id, dueAt).ScheduledAt(warnAt), new ApplicationDeadlineCheck(id, dueAt).ScheduledAt(dueAt)];

    /// <summary>Every accepted application whose promised limit the new schedule moves gets the new deadline and new scheduled messages.</summary>
    public static async Task<OutgoingMessages> Handle(
        HolidayScheduleChanged changed, IDocumentSession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var reason = $"{changed.Year}年节假日安排{(changed.IsAmendment ? "修订" : "载入")}（{changed.Notice}） / {changed.Year} holiday schedule {(changed.IsAmendment ? "amended" : "loaded")}";
        var open = await session.Query<ServiceApplication>().Where(a => a.Status == ApplicationStatus.Accepted).ToListAsync(cancellation);
        var outgoing = new OutgoingMessages();
        foreach (var application in open)
        {
            if (ApplicationDecisions.Recompute(application, calendar, reason) is not { } moved) continue;
            session.Events.Append(application.Id, moved);
            outgoing.AddRange(Schedule(application.Id, moved.DueAt, calendar.SubtractWorkingDays(moved.DueAt, 1)));
        }
        return outgoing;
    }

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
