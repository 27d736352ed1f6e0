using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Reading;
using Wolverine;

namespace Nanchuan.Grievances.Intake;

/// <summary>A request lodged at the service hall's 企业之家 desk, forwarded by the Licensing module, enters the loop here.</summary>
public static class LodgeEnterpriseRequestHandler
{
    public static async Task<OutgoingMessages> Handle(
        LodgeEnterpriseRequest request, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, IntakePolicy policy,
        DeadlineWarnings warnings, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        // A redelivered message must not open a second request.
        if (await session.Query<GrievanceListItem>().AnyAsync(item => item.DeskRequestId == request.DeskRequestId, cancellation)) return outgoing;

        var checkedIntake = await IntakeRecorder.CheckAsync(ReceiveGrievance.FromDesk(request), session, time, policy, cancellation);
        IntakeRecorder.Record(checkedIntake, session, calendar, time, warnings, outgoing);
        return outgoing;
    }
}
