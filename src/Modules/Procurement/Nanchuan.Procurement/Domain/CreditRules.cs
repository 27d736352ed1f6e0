using System.ComponentModel.DataAnnotations;

namespace Nanchuan.Procurement.Domain;

/// <summary>
/// The credit rules (default, configurable under `Procurement:Credit`): the points of each incident kind, counted for
/// <see cref="CountingMonths"/> months from the incident; <see cref="BarThreshold"/> counted points bar registration for
/// <see cref="BarMonths"/> months from the day the point that reached it was recorded.
/// </summary>
public sealed class CreditPolicy : IValidatableObject
{
    public static readonly IReadOnlyDictionary<IncidentKind, int> DefaultPoints = new Dictionary<IncidentKind, int>
    {
        [IncidentKind.FalseMaterials] = 12,
        [IncidentKind.RefusedToSign] = 6,
        [IncidentKind.AbandonedOrIllegalSubcontracting] = 12,
        [IncidentKind.LateOrPoorPerformance] = 3,
        [IncidentKind.SeriousViolation] = 12,
    };

    public Dictionary<IncidentKind, int> Points { get; set; } = new(DefaultPoints);

    [Range(1, 60)]
    public int CountingMonths { get; set; } = 12;

    [Range(1, 100)]
    public int BarThreshold { get; set; } = 12;

    [Range(1, 60)]
    public int BarMonths { get; set; } = 6;

    /// <summary>An incident kind worth no point (or a negative one) would silently stop counting towards a bar.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Points.Where(p => p.Value is < 1 or > 100)
            .Select(p => new ValidationResult($"{p.Key} is worth {p.Value} points; between 1 and 100 expected.", [$"{nameof(Points)}:{p.Key}"]));

    public int PointsOf(IncidentKind kind) => Points.TryGetValue(kind, out var points) ? points : DefaultPoints[kind];
}

internal static class CreditRules
{
    /// <summary>The points counted on <paramref name="day"/>: incidents that happened on or before it, less than the counting period ago.</summary>
    public static int CountedOn(IEnumerable<CreditIncident> incidents, DateOnly day, CreditPolicy policy) =>
        incidents.Where(i => i.OccurredOn <= day && day < i.OccurredOn.AddMonths(policy.CountingMonths)).Sum(i => i.Points);

    /// <summary>The bar in force on <paramref name="day"/>, if any.</summary>
    public static RegistrationBar? BarOn(BidderCredit? credit, DateOnly day) => credit?.Bars.LastOrDefault(b => b.From <= day && day < b.Until);

    /// <summary>
    /// The bar an incident recorded on <paramref name="recordedOn"/> starts, if the counted points reach the threshold. A bar
    /// uses up the points that caused it: after it ends, only incidents recorded after it started count towards the next
    /// ("provided it has not collected 12 counted points again").
    /// </summary>
    public static BidderRegistrationBarred? BarAfter(BidderCredit credit, DateOnly recordedOn, CreditPolicy policy)
    {
        if (BarOn(credit, recordedOn) is not null) return null;
        var last = credit.Bars.LastOrDefault();
        var counting = credit.Incidents.Where(i => last is null || i.RecordedOn > last.From);
        var counted = CountedOn(counting, recordedOn, policy);
        return counted >= policy.BarThreshold
            ? new BidderRegistrationBarred(credit.Id, credit.CreditCode, counted, recordedOn, recordedOn.AddMonths(policy.BarMonths))
            : null;
    }

    public static string ToChinese(this IncidentKind kind) => kind switch
    {
        IncidentKind.FalseMaterials => "提供虚假材料",
        IncidentKind.RefusedToSign => "中标后拒不签订合同",
        IncidentKind.AbandonedOrIllegalSubcontracting => "转包、违法分包或擅自放弃",
        IncidentKind.LateOrPoorPerformance => "履约迟延或质量不合格",
        _ => "执法检查发现严重违法",
    };
}
