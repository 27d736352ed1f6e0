namespace Nanchuan.Incentives.Domain;

/// <summary>
/// The module's configurable defaults (ADR 0046): the tracking officer is reminded <see cref="ReminderDays"/> calendar days
/// before a milestone (the spec's default 30); a government item that fell due is to be paid within <see cref="PaymentDays"/>
/// calendar days (default 60), after which it counts as overdue. `Incentives:ReminderDays`, `Incentives:PaymentDays`.
/// </summary>
public sealed record IncentiveRules(int ReminderDays, int PaymentDays)
{
    public static readonly IncentiveRules Defaults = new(30, 60);
}
