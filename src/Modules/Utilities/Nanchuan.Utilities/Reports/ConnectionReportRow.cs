using Marten.Events.Aggregation;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;

namespace Nanchuan.Utilities.Reports;

/// <summary>
/// One connection as the reports count it (power, water or gas). Stored in `utilities.mt_doc_connectionreportrow` with its
/// figures duplicated into plain columns, so reporting tools read it with SQL.
/// </summary>
public sealed class ConnectionReportRow
{
    public Guid Id { get; set; }

    /// <summary>power, water or gas.</summary>
    public string Utility { get; set; } = "";

    public string Provider { get; set; } = "";

    /// <summary>Power: the class; gas: the user category; water: non-residential pay-last.</summary>
    public string Category { get; set; } = "";

    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";

    /// <summary>yyyy-MM (Asia/Shanghai) of the application.</summary>
    public string Month { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The limited step done: power on, water connected, gas plan proposed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public bool? WithinLimit { get; set; }
    public decimal? WorkingDaysTaken { get; set; }

    /// <summary>A deadline passed with its step still open.</summary>
    public bool Overdue { get; set; }

    /// <summary>The deadline overdue now (e.g. PowerOn, WaterPayment); null when none is.</summary>
    public string? OverdueDeadline { get; set; }

    public DateTimeOffset? OverdueDueAt { get; set; }

    /// <summary>督办: supervision notices issued on this connection.</summary>
    public int SupervisionNotices { get; set; }

    public DateTimeOffset? LastSupervisedAt { get; set; }

    public decimal? FeeTotal { get; set; }
    public DateTimeOffset? FeeIssuedAt { get; set; }
    public DateTimeOffset? PaymentDueAt { get; set; }
    public bool PaymentOutstanding { get; set; }
    public bool PaymentOverdue { get; set; }
}

/// <summary>The report rows, one per connection stream, updated in the same transaction as the events; rebuildable from them.</summary>
public sealed partial class ConnectionReportProjection : SingleStreamProjection<ConnectionReportRow, Guid>
{
    private static string MonthOf(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static ConnectionReportRow Create(PowerApplicationAccepted e) => new()
    {
        Id = e.ConnectionId, Utility = "power", Provider = e.Provider, Category = e.Class.ToString(), CreditCode = e.CreditCode,
        EnterpriseName = e.EnterpriseName, Month = MonthOf(e.AcceptedAt), StartedAt = e.AcceptedAt,
    };

    public static ConnectionReportRow Create(PayLastCommitmentSigned e) => new()
    {
        Id = e.ConnectionId, Utility = "water", Provider = e.Provider, Category = "PayLast", CreditCode = e.CreditCode,
        EnterpriseName = e.EnterpriseName, Month = MonthOf(e.SignedAt), StartedAt = e.SignedAt,
    };

    public static ConnectionReportRow Create(GasApplicationReceived e) => new()
    {
        Id = e.ConnectionId, Utility = "gas", Provider = e.Operator, Category = e.Category.ToString(), CreditCode = e.CreditCode,
        EnterpriseName = e.EnterpriseName, Month = MonthOf(e.ReceivedAt), StartedAt = e.ReceivedAt,
    };

    public void Apply(PowerSupplied e, ConnectionReportRow row)
    {
        row.CompletedAt = e.PoweredOnAt;
        row.WithinLimit = e.WithinLimit;
        row.WorkingDaysTaken = e.WorkingDaysTaken;
        StepDone(row);
    }

    public void Apply(WaterConnected e, ConnectionReportRow row)
    {
        row.CompletedAt = e.ConnectedAt;
        row.WithinLimit = e.WithinLimit;
        row.WorkingDaysTaken = e.WorkingDaysTaken;
        StepDone(row);
    }

    public void Apply(CostListSent e, ConnectionReportRow row)
    {
        row.FeeTotal = e.Total;
        row.FeeIssuedAt = e.ReceivedAt;
        row.PaymentDueAt = e.PaymentDueAt;
        row.PaymentOutstanding = true;
    }

    public void Apply(CommitmentFulfilled e, ConnectionReportRow row)
    {
        row.PaymentOutstanding = false;
        StepDone(row);
    }

    public void Apply(GasSiteSurveyed e, ConnectionReportRow row)
    {
        row.WithinLimit = e.WithinLimit;
        StepDone(row);
    }

    public void Apply(GasPlanProposed e, ConnectionReportRow row)
    {
        row.CompletedAt = e.ProposedAt;
        row.WithinLimit = row.WithinLimit != false && e.WithinLimit;
        StepDone(row);
    }

    public void Apply(GasFeeIssued e, ConnectionReportRow row)
    {
        row.FeeTotal = e.Total;
        row.FeeIssuedAt = e.IssuedAt;
    }

    public void Apply(PowerDeadlineMissed e, ConnectionReportRow row) => Missed(e, row);

    public void Apply(WaterDeadlineMissed e, ConnectionReportRow row) => Missed(e, row);

    public void Apply(GasDeadlineMissed e, ConnectionReportRow row) => Missed(e, row);

    public void Apply(PowerSupervisionNoticeIssued e, ConnectionReportRow row) => Supervised(e, row);

    public void Apply(WaterSupervisionNoticeIssued e, ConnectionReportRow row) => Supervised(e, row);

    public void Apply(GasSupervisionNoticeIssued e, ConnectionReportRow row) => Supervised(e, row);

    private static void Missed(DeadlineMissed e, ConnectionReportRow row)
    {
        if (e.Deadline == UtilityDeadline.WaterPayment) row.PaymentOverdue = true;
        else row.Overdue = true;
        row.OverdueDeadline = e.Deadline.ToString();
        row.OverdueDueAt = e.DueAt;
    }

    private static void Supervised(SupervisionNoticeIssued e, ConnectionReportRow row)
    {
        row.SupervisionNotices++;
        row.LastSupervisedAt = e.IssuedAt;
    }

    /// <summary>The overdue step was done: nothing is overdue any more (a case runs one deadline at a time).</summary>
    private static void StepDone(ConnectionReportRow row)
    {
        row.Overdue = false;
        row.PaymentOverdue = false;
        row.OverdueDeadline = null;
        row.OverdueDueAt = null;
    }
}
