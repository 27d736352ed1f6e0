using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.Utilities.Domain.Water;

public enum WaterConnectionStatus
{
    /// <summary>已签承诺书: waiting for connection.</summary>
    Committed,

    /// <summary>已通水: the cost list is yet to be sent.</summary>
    Connected,

    /// <summary>已送达费用清单: payment outstanding.</summary>
    Billed,

    /// <summary>已履行承诺.</summary>
    Fulfilled,
}

/// <summary>A water connection under the "pay last" commitment (城市供水报装“承诺办”).</summary>
public sealed class WaterConnection : IWatchedCase
{
    public Guid Id { get; set; }
    public long Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    public string StatusLabel => Status.ToChinese();
    public string Utility => "water";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public WaterApplicationChannel Channel { get; set; }
    public string SiteAddress { get; set; } = "";
    public string Provider { get; set; } = "";
    public WaterConnectionStatus Status { get; set; }
    public DateTimeOffset SignedAt { get; set; }
    public DateTimeOffset? ConnectedAt { get; set; }
    public bool? ConnectedWithinLimit { get; set; }
    public List<CostItem> CostItems { get; set; } = [];
    public decimal? Total { get; set; }
    public DateTimeOffset? CostListReceivedAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public bool? PaidWithinLimit { get; set; }
    public DeadlineBook Deadlines { get; set; } = new();
    public List<ProcessStep> Steps { get; set; } = [];

    public bool PaymentOverdue => Deadlines.Find(UtilityDeadline.WaterPayment) is { IsOpen: true, Missed: true };

    public static WaterConnection Create(PayLastCommitmentSigned e)
    {
        var connection = new WaterConnection
        {
            Id = e.ConnectionId, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Channel = e.Channel, SiteAddress = e.SiteAddress,
            Provider = e.Provider, SignedAt = e.SignedAt, Status = WaterConnectionStatus.Committed,
        };
        connection.Deadlines.Start(UtilityDeadline.WaterConnection, e.SignedAt, WaterTimeLimits.Connection, e.ConnectionDueAt);
        connection.Steps.Add(new ProcessStep(e.SignedAt, e.Describe()));
        return connection;
    }

    public void Apply(WaterConnected e)
    {
        Status = WaterConnectionStatus.Connected;
        ConnectedAt = e.ConnectedAt;
        ConnectedWithinLimit = e.WithinLimit;
        Deadlines.Meet(UtilityDeadline.WaterConnection, e.ConnectedAt);
        Steps.Add(new ProcessStep(e.ConnectedAt, e.Describe()));
    }

    public void Apply(CostListSent e)
    {
        Status = WaterConnectionStatus.Billed;
        CostItems = [.. e.Items];
        Total = e.Total;
        CostListReceivedAt = e.ReceivedAt;
        Deadlines.Start(UtilityDeadline.WaterPayment, e.ReceivedAt, WaterTimeLimits.Payment, e.PaymentDueAt);
        Steps.Add(new ProcessStep(e.ReceivedAt, e.Describe()));
    }

    public void Apply(CommitmentFulfilled e)
    {
        Status = WaterConnectionStatus.Fulfilled;
        PaidAt = e.PaidAt;
        PaidWithinLimit = e.WithinLimit;
        Deadlines.Meet(UtilityDeadline.WaterPayment, e.PaidAt);
        Steps.Add(new ProcessStep(e.PaidAt, e.Describe()));
    }

    public void Apply(WaterDeadlineWarned e) => Deadlines.Apply(e);

    public void Apply(WaterDeadlineMissed e)
    {
        Deadlines.Apply(e);
        Steps.Add(new ProcessStep(e.DetectedAt, e.Describe()));
    }

    public void Apply(WaterDeadlineRecomputed e) => Deadlines.Apply(e);

    public void Apply(WaterSupervisionNoticeIssued e)
    {
        Deadlines.Apply(e);
        Steps.Add(new ProcessStep(e.IssuedAt, e.Describe()));
    }
}

internal static class WaterTimeLimits
{
    /// <summary>接入通水 within 2 working days of the commitment letter.</summary>
    public static readonly TimeLimit Connection = TimeLimit.WorkingDays(2);

    /// <summary>Commitment completed within 60 days of receiving the cost list.</summary>
    public static readonly TimeLimit Payment = TimeLimit.CalendarDays(60);
}
