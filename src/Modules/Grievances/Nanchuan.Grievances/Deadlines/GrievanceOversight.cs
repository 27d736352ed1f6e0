using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Grievances.Deadlines;

/// <summary>The request's own events mirrored as the oversight contract's case events (ADR 0035).</summary>
internal static class GrievanceOversight
{
    public static readonly OversightCaseType Type = new(GrievancesModule.ModuleName, GrievanceDeadlines.Type);

    /// <summary>Received by the business office, which assigns it.</summary>
    public static CaseOpened Opened(GrievanceReceived e) =>
        Type.Opened(e.GrievanceId, e.CreditCode?.Value, GrievanceDeadlines.AssigningDepartment, $"企业诉求：{e.EnterpriseName}", e.ReceivedAt,
            enterpriseName: e.EnterpriseName);

    /// <summary>Each round's assignment slip (交办单编号), on the round's handling unit: the cross-module search finds the request by it.</summary>
    public static CaseNumbered Numbered(Grievance state, GrievanceAssigned e) =>
        new(Type.Case(e.GrievanceId, state.CreditCode?.Value, e.HandlingUnitName), e.SlipNumber, "交办单编号", e.AssignedAt);

    /// <summary>The enterprise's 好差评 of a round, on the round's handling unit (one rating per round).</summary>
    public static CaseRated Rated(Grievance state, GrievanceRatedByEnterprise e) =>
        new(Type.Case(e.GrievanceId, state.CreditCode?.Value, state.Rounds.Single(r => r.Round == e.Round).HandlingUnitName), Guid.CreateVersion7(), e.Rating, e.RatedAt);

    /// <summary>Closed (销号) on the last round's handling unit; on time when no deadline of any round was missed.</summary>
    public static CaseClosed Closed(Grievance state, GrievanceClosed e) =>
        Type.Closed(e.GrievanceId, state.CreditCode?.Value, state.Rounds.Single(r => r.Round == e.Round).HandlingUnitName, "已销号",
            !state.IsAssignmentOverdue && state.Rounds.All(r => !r.Overdue && r.HandledWithinLimit != false), e.ClosedAt);

    public static BuildingBlocks.Oversight.SupervisionNoticeIssued Notice(Grievance state, Domain.SupervisionNoticeIssued e, string issuedBy) =>
        Type.Notice(e.GrievanceId, state.CreditCode?.Value, e.HandlingUnitName, nameof(Domain.DeadlineKind.Handling), e.Demand, issuedBy, e.IssuedAt);
}
