namespace Nanchuan.Grievances;

/// <summary>Every event of a grievance stream, registered up front so any node can read any stream.</summary>
internal static class GrievanceEventTypes
{
    public static readonly Type[] All =
    [
        typeof(GrievanceReceived), typeof(RegisteredEnterpriseRecognised), typeof(GrievanceAssigned), typeof(EnterpriseContacted),
        typeof(HandlingReported), typeof(GrievanceEvaluated), typeof(TrackingContinued), typeof(GrievanceClosed),
        typeof(PromiseRevisitDue), typeof(PromiseRevisited), typeof(AssignmentDeadlineWarned), typeof(AssignmentOverdue),
        typeof(HandlingDeadlineWarned), typeof(HandlingOverdue), typeof(DeadlineRecomputed), typeof(SupervisionNoticeIssued),
        typeof(RelatedCaseLinked), typeof(GrievanceRatedByEnterprise),
    ];
}
