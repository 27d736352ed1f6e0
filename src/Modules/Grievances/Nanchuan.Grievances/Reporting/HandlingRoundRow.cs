using JasperFx.Events;
using Marten.Events.Projections;

namespace Nanchuan.Grievances.Reporting;

/// <summary>One handling round (an assignment and what became of it): the rows the monthly report is computed from.</summary>
public sealed class HandlingRoundRow
{
    /// <summary><c>{grievanceId}:{round}</c>.</summary>
    public string Id { get; set; } = "";

    public HandlingRound Round { get; set; } = new();

    public static string Key(Guid grievanceId, int round) => $"{grievanceId}:{round}";
}

/// <summary>Builds <see cref="HandlingRoundRow"/> with the domain's own <see cref="HandlingRound"/> rules, inline with the events.</summary>
public sealed class HandlingRoundRowProjection : MultiStreamProjection<HandlingRoundRow, string>
{
    public HandlingRoundRowProjection()
    {
        Identity<GrievanceAssigned>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<EnterpriseContacted>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<HandlingReported>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<HandlingDeadlineWarned>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<HandlingOverdue>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<SupervisionNoticeIssued>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<GrievanceEvaluated>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<GrievanceRatedByEnterprise>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<PromiseRevisitDue>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<PromiseRevisited>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identity<GrievanceClosed>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        Identities<DeadlineRecomputed>(e => e.Round is { } round ? [HandlingRoundRow.Key(e.GrievanceId, round)] : []);
    }

    public override HandlingRoundRow? Evolve(HandlingRoundRow? snapshot, string id, IEvent e)
    {
        if (e.Data is GrievanceAssigned assigned) return new HandlingRoundRow { Id = id, Round = HandlingRound.Start(assigned) };
        if (snapshot is null) return null;
        snapshot.Round = e.Data switch
        {
            EnterpriseContacted x => snapshot.Round.Apply(x),
            HandlingReported x => snapshot.Round.Apply(x),
            HandlingDeadlineWarned x => snapshot.Round.Apply(x),
            HandlingOverdue x => snapshot.Round.Apply(x),
            SupervisionNoticeIssued x => snapshot.Round.Apply(x),
            GrievanceEvaluated x => snapshot.Round.Apply(x),
            GrievanceRatedByEnterprise x => snapshot.Round.Apply(x),
            PromiseRevisitDue x => snapshot.Round.Apply(x),
            PromiseRevisited x => snapshot.Round.Apply(x),
            GrievanceClosed x => snapshot.Round.Apply(x),
            DeadlineRecomputed { Deadline: DeadlineKind.Handling } x => snapshot.Round.Apply(x),
            _ => snapshot.Round,
        };
        return snapshot;
    }
}
