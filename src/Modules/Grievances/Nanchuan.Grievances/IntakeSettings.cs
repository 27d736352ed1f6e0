using System.ComponentModel.DataAnnotations;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances;

/// <summary>
/// The `Grievances:Intake` configuration section (ADR 0149), defaulting to the spec's intake rules (hotline 08:30–18:00, 节假日不休)
/// and checked at start-up: a hotline that closes before it opens, or entry windows of zero or beyond the longest holiday, stop the start.
/// </summary>
internal sealed class IntakeSettings : IValidatableObject
{
    public TimeOnly HotlineOpens { get; set; } = IntakePolicy.Default.HotlineOpens;

    public TimeOnly HotlineCloses { get; set; } = IntakePolicy.Default.HotlineCloses;

    public TimeOnly BoxNotesReceivedAt { get; set; } = IntakePolicy.Default.BoxNotesReceivedAt;

    [Range(typeof(TimeSpan), "01:00:00", "15.00:00:00")]
    public TimeSpan LatestEntry { get; set; } = IntakePolicy.Default.LatestEntry;

    [Range(1, 60)]
    public int LatestBoxEntry { get; set; } = IntakePolicy.Default.LatestBoxEntry;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HotlineCloses <= HotlineOpens)
            yield return new ValidationResult($"The hotline closes ({HotlineCloses}) before it opens ({HotlineOpens}).", [nameof(HotlineCloses)]);
    }

    public IntakePolicy Policy() => IntakePolicy.Default with
    {
        HotlineOpens = HotlineOpens,
        HotlineCloses = HotlineCloses,
        BoxNotesReceivedAt = BoxNotesReceivedAt,
        LatestEntry = LatestEntry,
        LatestBoxEntry = LatestBoxEntry,
    };
}
