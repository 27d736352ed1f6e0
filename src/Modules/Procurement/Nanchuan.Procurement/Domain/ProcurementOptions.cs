using System.ComponentModel.DataAnnotations;

namespace Nanchuan.Procurement.Domain;

/// <summary>
/// The module's time limits (default, configurable under `Procurement`): the seed gives none. Registration stays open
/// <see cref="RegistrationWorkingDays"/> after publication; the owner awards within <see cref="AwardWorkingDays"/> after it
/// closes; the supervising department decides on a justification within <see cref="ApprovalWorkingDays"/>.
/// </summary>
public sealed class ProcurementOptions
{
    [Range(1, 60)]
    public int RegistrationWorkingDays { get; set; } = 5;

    [Range(1, 60)]
    public int AwardWorkingDays { get; set; } = 5;

    [Range(1, 60)]
    public int ApprovalWorkingDays { get; set; } = 5;
}
