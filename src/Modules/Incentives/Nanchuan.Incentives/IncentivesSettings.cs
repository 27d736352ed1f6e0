using System.ComponentModel.DataAnnotations;
using Nanchuan.Incentives.Domain;

namespace Nanchuan.Incentives;

/// <summary>The `Incentives` configuration section (ADRs 0046, 0149), defaulting to the spec's days and checked at start-up.</summary>
internal sealed class IncentivesSettings
{
    [Range(1, 365)]
    public int ReminderDays { get; set; } = IncentiveRules.Defaults.ReminderDays;

    [Range(1, 365)]
    public int PaymentDays { get; set; } = IncentiveRules.Defaults.PaymentDays;

    public IncentiveRules Rules() => new(ReminderDays, PaymentDays);
}
