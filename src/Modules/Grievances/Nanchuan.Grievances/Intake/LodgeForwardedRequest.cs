using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Deadlines;
using Wolverine;

namespace Nanchuan.Grievances.Intake;

/// <summary>
/// A request forwarded by another module (the Licensing module's 企业之家 desk, the Utilities module's power problem reports) enters
/// the loop here, under the channel the enterprise used and linked to its source.
/// </summary>
public static class LodgeEnterpriseRequestHandler
{
    public static async Task<OutgoingMessages> Handle(
        LodgeEnterpriseRequest request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, IntakePolicy policy,
        DeadlineWatch watch, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        // A redelivered message must not open a second request.
        if (await session.Query<Grievance>()
                .AnyAsync(grievance => grievance.Source!.Module == request.SourceModule && grievance.Source.Reference == request.SourceReference, cancellation))
            return outgoing;

        var checkedIntake = await IntakeRecorder.CheckAsync(ReceiveGrievance.Forwarded(request), session, time, policy, cancellation);
        IntakeRecorder.Record(checkedIntake, session, calendar, time, watch, outgoing);
        return outgoing;
    }
}
