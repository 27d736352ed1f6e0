namespace Nanchuan.Procurement.Domain;

/// <summary>The bad behaviours scored (不良行为记分); the points of each are configuration.</summary>
public enum IncidentKind
{
    /// <summary>提供虚假材料 (default 12 points).</summary>
    FalseMaterials,

    /// <summary>中标后拒不签订合同 (default 6).</summary>
    RefusedToSign,

    /// <summary>转包、违法分包或擅自放弃 (default 12).</summary>
    AbandonedOrIllegalSubcontracting,

    /// <summary>履约迟延或质量不合格 (default 3).</summary>
    LateOrPoorPerformance,

    /// <summary>严重违法 found by an Enforcement inspection (default 12).</summary>
    SeriousViolation,
}

/// <summary>One scored incident: counted for 12 months from the day it happened.</summary>
/// <param name="Source">Who recorded it: the department, or "Enforcement" for a serious violation an inspection found.</param>
public sealed record CreditIncident(Guid IncidentId, IncidentKind Kind, int Points, DateOnly OccurredOn, DateOnly RecordedOn, Guid? ProjectId, string Source, string Note);

/// <summary>A registration bar: from the day the 12th counted point was recorded, until (the first day it may register again).</summary>
public sealed record RegistrationBar(DateOnly From, DateOnly Until, int CountedPoints);

/// <summary>
/// 信用记录: one bidder's scored incidents and registration bars (stream id derived from its credit code). Changed only by its
/// own events.
/// </summary>
public sealed class BidderCredit
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string CreditCode { get; set; } = "";
    public string Name { get; set; } = "";
    public List<CreditIncident> Incidents { get; set; } = [];
    public List<RegistrationBar> Bars { get; set; } = [];

    public static Guid IdOf(string creditCode) => DerivedIds.FromName($"nanchuan:procurement:credit:{creditCode}");

    public static BidderCredit Create(CreditIncidentRecorded e) => new BidderCredit { Id = e.BidderId, CreditCode = e.CreditCode, Name = e.BidderName }.With(e);

    public void Apply(CreditIncidentRecorded e) => With(e);

    public void Apply(BidderRegistrationBarred e) => Bars.Add(new RegistrationBar(e.BarredFrom, e.BarredUntil, e.CountedPoints));

    private BidderCredit With(CreditIncidentRecorded e)
    {
        Incidents.Add(new CreditIncident(e.IncidentId, e.Kind, e.Points, e.OccurredOn, e.RecordedOn, e.ProjectId, e.Source, e.Note));
        return this;
    }
}

public sealed record CreditIncidentRecorded(
    Guid BidderId, string CreditCode, string BidderName, Guid IncidentId, IncidentKind Kind, int Points, DateOnly OccurredOn, DateOnly RecordedOn,
    Guid? ProjectId, string Source, string Note, DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => $"{BidderName}不良行为记分{Points}分（{Kind.ToChinese()}，发生于{OccurredOn:yyyy-MM-dd}，{Source}记录）：{Note}";
}

/// <summary>The bidder's counted points reached the bar: it may not register from <paramref name="BarredFrom"/> until <paramref name="BarredUntil"/>.</summary>
public sealed record BidderRegistrationBarred(Guid BidderId, string CreditCode, int CountedPoints, DateOnly BarredFrom, DateOnly BarredUntil) : IDescribedEvent
{
    public string Describe() => $"记分累计{CountedPoints}分，自{BarredFrom:yyyy-MM-dd}起限制报名，至{BarredUntil:yyyy-MM-dd}恢复";
}
