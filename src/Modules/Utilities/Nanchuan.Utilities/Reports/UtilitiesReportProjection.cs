using System.Globalization;
using JasperFx.Events;
using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Utilities.Domain.Energy;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;
using static Nanchuan.Utilities.Reports.UtilitiesReports;

namespace Nanchuan.Utilities.Reports;

/// <summary>Writes the connection, gas spot-check and check-up rows of <see cref="UtilitiesReports"/> in the same transaction as the events, one row per stream; rebuildable from them.</summary>
public sealed partial class UtilitiesReportProjection : EventProjection
{
    public void Project(PowerApplicationAccepted e, IDocumentOperations ops) =>
        Started(ops, e.ConnectionId, "power", e.Provider, e.Class, e.CreditCode, e.EnterpriseName, e.AcceptedAt,
            ("capacity_kva", e.CapacityKva), ("wanted_month", e.WantedPowerOnDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture)));

    public void Project(PayLastCommitmentSigned e, IDocumentOperations ops) =>
        Started(ops, e.ConnectionId, "water", e.Provider, "payLast", e.CreditCode, e.EnterpriseName, e.SignedAt);

    public void Project(GasApplicationReceived e, IDocumentOperations ops) =>
        Started(ops, e.ConnectionId, "gas", e.Operator, e.Category, e.CreditCode, e.EnterpriseName, e.ReceivedAt);

    private static void Started(IDocumentOperations ops, Guid id, string utility, string provider, object category, object creditCode, string enterprise,
        DateTimeOffset at, params (string Column, object? Value)[] more) =>
        ConnectionRows.Upsert(ops,
        [
            ("connection_id", id), ("utility", utility), ("provider", provider), ("category", category), ("credit_code", creditCode),
            ("enterprise_name", enterprise), ("month", BeijingTime.MonthOf(at)), ("started_at", at), ("overdue", false), ("supervision_notices", 0),
            ("payment_outstanding", false), ("payment_overdue", false), .. more,
        ]);

    public void Project(IEvent<PowerSupplied> e, IDocumentOperations ops) =>
        StepDone(ops, e.StreamId, ("completed_at", e.Data.PoweredOnAt), ("within_limit", e.Data.WithinLimit), ("working_days_taken", e.Data.WorkingDaysTaken));

    public void Project(IEvent<WaterConnected> e, IDocumentOperations ops) =>
        StepDone(ops, e.StreamId, ("completed_at", e.Data.ConnectedAt), ("within_limit", e.Data.WithinLimit), ("working_days_taken", e.Data.WorkingDaysTaken));

    public void Project(IEvent<CostListSent> e, IDocumentOperations ops) => ConnectionRows.Update(ops, [e.StreamId],
        ("fee_total", e.Data.Total), ("fee_issued_at", e.Data.ReceivedAt), ("payment_due_at", e.Data.PaymentDueAt), ("payment_outstanding", true));

    public void Project(IEvent<CommitmentFulfilled> e, IDocumentOperations ops) => StepDone(ops, e.StreamId, ("payment_outstanding", false));

    public void Project(IEvent<GasSiteSurveyed> e, IDocumentOperations ops) => StepDone(ops, e.StreamId, ("within_limit", e.Data.WithinLimit));

    /// <summary>Within the limit only if the survey was too.</summary>
    public void Project(IEvent<GasPlanProposed> e, IDocumentOperations ops) => StepDone(ops, e.StreamId,
        ("completed_at", e.Data.ProposedAt), ("within_limit", new ReportSql($"within_limit is not false and {(e.Data.WithinLimit ? "true" : "false")}")));

    public void Project(IEvent<GasFeeIssued> e, IDocumentOperations ops) =>
        ConnectionRows.Update(ops, [e.StreamId], ("fee_total", e.Data.Total), ("fee_issued_at", e.Data.IssuedAt));

    public void Project(IEvent<PowerDeadlineMissed> e, IDocumentOperations ops) => Missed(ops, e.StreamId, e.Data);

    public void Project(IEvent<WaterDeadlineMissed> e, IDocumentOperations ops) => Missed(ops, e.StreamId, e.Data);

    public void Project(IEvent<GasDeadlineMissed> e, IDocumentOperations ops) => Missed(ops, e.StreamId, e.Data);

    public void Project(IEvent<PowerSupervisionNoticeIssued> e, IDocumentOperations ops) => Supervised(ops, e.StreamId, e.Data);

    public void Project(IEvent<WaterSupervisionNoticeIssued> e, IDocumentOperations ops) => Supervised(ops, e.StreamId, e.Data);

    public void Project(IEvent<GasSupervisionNoticeIssued> e, IDocumentOperations ops) => Supervised(ops, e.StreamId, e.Data);

    public void Project(GasSpotCheckDrawn e, IDocumentOperations ops)
    {
        foreach (var connection in e.Selected)
            GasSpotCheckRows.Upsert(ops, ("draw_id", e.DrawId), ("connection_id", connection), ("kind", "regular"), ("year", e.Year), ("quarter", e.Quarter),
                ("drawn_at", e.DrawnAt));
    }

    public void Project(GasUnannouncedSpotCheckDrawn e, IDocumentOperations ops)
    {
        var check = GasSpotCheck.Create(e);
        foreach (var connection in e.Selected)
            GasSpotCheckRows.Upsert(ops, ("draw_id", e.DrawId), ("connection_id", connection), ("kind", "unannounced"), ("year", check.Year),
                ("quarter", check.Quarter), ("drawn_at", e.DrawnAt));
    }

    public void Project(GasSpotCheckResultRecorded e, IDocumentOperations ops) =>
        GasSpotCheckRows.Update(ops, [e.DrawId, e.ConnectionId], ("checked_at", e.CheckedAt), ("compliant", e.Compliant),
            ("checked_by", e.Department ?? Domain.Providers.EconomicCommission));

    public void Project(EnergyCheckupOpened e, IDocumentOperations ops) => EnergyCheckupRows.Upsert(ops,
        ("checkup_id", e.CheckupId), ("credit_code", e.CreditCode), ("enterprise_name", e.EnterpriseName), ("provider", e.Provider), ("kind", e.Kind),
        ("year", e.Year), ("measure", e.Measure), ("reason", e.Reason), ("opened_at", e.OpenedAt), ("month", BeijingTime.MonthOf(e.OpenedAt)));

    public void Project(OptimisationPlanIssued e, IDocumentOperations ops) =>
        EnergyCheckupRows.Update(ops, [e.CheckupId], ("plan_issued_at", e.IssuedAt), ("projected_annual_saving_cny", e.ProjectedAnnualSavingCny));

    private static void Missed(IDocumentOperations ops, Guid id, DeadlineMissed e) => ConnectionRows.Update(ops, [id],
        (e.Deadline == UtilityDeadline.WaterPayment ? "payment_overdue" : "overdue", true), ("overdue_deadline", e.Deadline), ("overdue_due_at", e.DueAt));

    private static void Supervised(IDocumentOperations ops, Guid id, SupervisionNoticeIssued e) =>
        ConnectionRows.Update(ops, [id], ("supervision_notices", new ReportSql("supervision_notices + 1")), ("last_supervised_at", e.IssuedAt));

    /// <summary>The overdue step was done: nothing is overdue any more (a case runs one deadline at a time).</summary>
    private static void StepDone(IDocumentOperations ops, Guid id, params (string Column, object? Value)[] values) => ConnectionRows.Update(ops, [id],
        [.. values, ("overdue", false), ("payment_overdue", false), ("overdue_deadline", null), ("overdue_due_at", null)]);
}
