namespace Nanchuan.Judiciary.Domain;

/// <summary>
/// The module's configurable limits: the responsible unit's mediation limit (the spec's default 15 working days) and the
/// enforcement-stage buffer the court grants when it sets none (default 30 calendar days).
/// </summary>
public sealed record JudiciaryLimits(int MediationWorkingDays, int BufferDays)
{
    public const int DefaultMediationWorkingDays = 15;
    public const int DefaultBufferDays = 30;

    /// <summary>A limit longer than this is a typing error rather than a policy.</summary>
    public const int MaxMediationWorkingDays = 60;
}
