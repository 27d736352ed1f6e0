using System.ComponentModel.DataAnnotations;
using Nanchuan.Judiciary.Domain;

namespace Nanchuan.Judiciary;

/// <summary>The `Judiciary` configuration section (ADR 0149), defaulting to the spec's limits and checked at start-up.</summary>
internal sealed class JudiciarySettings
{
    [Range(1, JudiciaryLimits.MaxMediationWorkingDays)]
    public int MediationWorkingDays { get; set; } = JudiciaryLimits.DefaultMediationWorkingDays;

    [Range(1, 365)]
    public int BufferDays { get; set; } = JudiciaryLimits.DefaultBufferDays;

    public JudiciaryLimits Limits() => new(MediationWorkingDays, BufferDays);
}
