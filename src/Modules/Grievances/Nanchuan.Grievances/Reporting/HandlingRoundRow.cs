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
        RoundOf<GrievanceAssigned>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<EnterpriseContacted>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<HandlingReported>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<HandlingDeadlineWarned>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<HandlingOverdue>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<SupervisionNoticeIssued>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<GrievanceEvaluated>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<GrievanceRatedByEnterprise>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<PromiseRevisitDue>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<PromiseRevisited>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        RoundOf<GrievanceClosed>(e => HandlingRoundRow.Key(e.GrievanceId, e.Round));
        IncludeType<DeadlineRecomputed>();
        Identities<DeadlineRecomputed>(e => e.Round is { } round ? [HandlingRoundRow.Key(e.GrievanceId, round)] : []);
    }

    /// <summary>Groups the event type by its round and declares it: a save runs this projection only for its declared types (ADR 0179).</summary>
    private void RoundOf<TEvent>(Func<TEvent, string> round) where TEvent : notnull
    {
        IncludeType<TEvent>();
        Identity(round);
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
