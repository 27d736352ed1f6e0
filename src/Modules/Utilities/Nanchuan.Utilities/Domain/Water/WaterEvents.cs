namespace Nanchuan.Utilities.Domain.Water;

/// <summary>
/// 费用“最后办”: a non-residential user applied and signed the commitment letter (南川区用水报装费用“最后办”承诺书).
/// No document and no fee are asked for; the company must connect within 2 working days of the letter.
/// </summary>
public sealed record PayLastCommitmentSigned(
    Guid ConnectionId,
    string CreditCode,
    string EnterpriseName,
    WaterApplicationChannel Channel,
    string SiteAddress,
    string Provider,
    DateTimeOffset SignedAt,
    DateTimeOffset ConnectionDueAt) : IDescribedEvent
{
    public string Describe() => $"{EnterpriseName}签署用水报装费用“最后办”承诺书，应于{ConnectionDueAt:yyyy-MM-dd HH:mm}前通水";
}

/// <summary>接入通水: the company connected the user.</summary>
/// <param name="WorkingDaysTaken">Working time from the letter to connection (business hours ÷ business day).</param>
public sealed record WaterConnected(Guid ConnectionId, DateTimeOffset ConnectedAt, bool WithinLimit, decimal WorkingDaysTaken) : IDescribedEvent
{
    public string Describe() => $"已接入通水（{(WithinLimit ? "在2个工作日内" : "超出2个工作日")}）";
}

/// <summary>One line of the itemised cost list (费用清单).</summary>
public sealed record CostItem(string Name, string Unit, decimal Quantity, decimal UnitPrice, decimal Amount);

/// <summary>The itemised cost list was sent after connection; the user must complete the commitment within 60 days of receiving it.</summary>
/// <param name="ReceivedAt">When the user received the list; the 60 days run from that day (not counted).</param>
/// <param name="PaymentDueAt">Exclusive end of the 60 days: overdue from this instant on.</param>
public sealed record CostListSent(Guid ConnectionId, IReadOnlyList<CostItem> Items, decimal Total, DateTimeOffset ReceivedAt, DateTimeOffset PaymentDueAt)
    : IDescribedEvent
{
    public string Describe() => $"送达费用清单，合计{Total}元，应于{PaymentDueAt.AddTicks(-1):yyyy-MM-dd}前完成承诺事项";
}

/// <summary>履行承诺: the user paid the cost list and completed the letter's commitments.</summary>
public sealed record CommitmentFulfilled(Guid ConnectionId, decimal AmountPaid, DateTimeOffset PaidAt, bool WithinLimit) : IDescribedEvent
{
    public string Describe() => $"已缴清费用{AmountPaid}元，履行承诺（{(WithinLimit ? "在60日内" : "逾期后")}）";
}
