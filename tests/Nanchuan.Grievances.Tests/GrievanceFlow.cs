using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

/// <summary>
/// Drives a grievance through the decisions and applies each event, the way the event store would
/// (Create for the first event, Apply for the rest), keeping the events for inspection.
/// </summary>
internal sealed class GrievanceFlow
{
    private GrievanceFlow(GrievanceReceived received)
    {
        State = Grievance.Create(received);
        Events.Add(received);
    }

    public Grievance State { get; }
    public List<object> Events { get; } = [];

    /// <summary>A platform request received Wed 2024-05-08 09:00, assignment due Thu 2024-05-09 18:00.</summary>
    public static GrievanceFlow Received(ReceiveGrievance? request = null, DateTimeOffset? now = null)
    {
        var at = now ?? Sample.At(2024, 5, 8, 9, 0);
        var intake = GrievanceIntake.Validate(request ?? Sample.Request(), at, IntakePolicy.Default);
        return new GrievanceFlow(GrievanceDecisions.Receive(Sample.GrievanceId, intake, Sample.SixPm(intake.ReceivedAt, daysLater: 1), at));
    }

    public GrievanceFlow Then(object e)
    {
        switch (e)
        {
            case GrievanceAssigned x: State.Apply(x); break;
            case EnterpriseContacted x: State.Apply(x); break;
            case HandlingReported x: State.Apply(x); break;
            case GrievanceEvaluated x: State.Apply(x); break;
            case GrievanceClosed x: State.Apply(x); break;
            case TrackingContinued x: State.Apply(x); break;
            case PromiseRevisited x: State.Apply(x); break;
            case AssignmentDeadlineWarned x: State.Apply(x); break;
            case AssignmentOverdue x: State.Apply(x); break;
            case HandlingDeadlineWarned x: State.Apply(x); break;
            case HandlingOverdue x: State.Apply(x); break;
            case PromiseRevisitDue x: State.Apply(x); break;
            case DeadlineRecomputed x: State.Apply(x); break;
            case SupervisionNoticeIssued x: State.Apply(x); break;
            default: throw new ArgumentException($"Not a grievance event: {e.GetType().Name}", nameof(e));
        }
        Events.Add(e);
        return this;
    }

    /// <summary>Round n assigned at <paramref name="at"/> with a limit ending two days later at 18:00.</summary>
    public GrievanceFlow Assign(DateTimeOffset at, AssignGrievance? command = null, int sequence = 1) =>
        Then(GrievanceDecisions.Assign(State, command ?? Sample.Assignment(), AssignmentSlipNumber.Format(2024, sequence), at,
            Sample.SixPm(at, daysLater: 2)));

    public GrievanceFlow Contact(DateTimeOffset at) =>
        Then(GrievanceDecisions.RecordContact(State, new RecordEnterpriseContact(ContactMethod.Phone, at, "核实了破损路段范围"), at));

    public GrievanceFlow Report(DateTimeOffset at, DateOnly? promised = null, decimal workingDays = 1m) =>
        Then(GrievanceDecisions.ReportHandling(State, Sample.Report(State.CurrentRound!.AssignedAt, promised), at, workingDays));

    public GrievanceFlow Evaluate(DateTimeOffset at, bool satisfied) =>
        Then(GrievanceDecisions.Evaluate(State, new EvaluateGrievance(satisfied, satisfied ? "满意" : "路面仍未修好", at), at));

    public GrievanceFlow Track(DateTimeOffset at) =>
        Then(GrievanceDecisions.KeepTracking(State, new ContinueTracking("等待承诺事项完成"), at));

    public GrievanceFlow Close(DateTimeOffset at) => Then(GrievanceDecisions.Close(State, new CloseGrievance(null), at));

    /// <summary>A request in the given status, reached by the shortest legal path in May 2024.</summary>
    public static GrievanceFlow In(GrievanceStatus status) => status switch
    {
        GrievanceStatus.Received => Received(),
        GrievanceStatus.Assigned => In(GrievanceStatus.Received).Assign(Sample.At(2024, 5, 9, 10, 0)),
        GrievanceStatus.Contacted => In(GrievanceStatus.Assigned).Contact(Sample.At(2024, 5, 9, 14, 0)),
        GrievanceStatus.Handled => In(GrievanceStatus.Contacted).Report(Sample.At(2024, 5, 10, 16, 0)),
        GrievanceStatus.Evaluated => In(GrievanceStatus.Handled).Evaluate(Sample.At(2024, 5, 13, 10, 0), satisfied: true),
        GrievanceStatus.Unsatisfied => In(GrievanceStatus.Handled).Evaluate(Sample.At(2024, 5, 13, 10, 0), satisfied: false),
        GrievanceStatus.Tracking => In(GrievanceStatus.Evaluated).Track(Sample.At(2024, 5, 13, 11, 0)),
        GrievanceStatus.Closed => In(GrievanceStatus.Evaluated).Close(Sample.At(2024, 5, 13, 11, 0)),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
