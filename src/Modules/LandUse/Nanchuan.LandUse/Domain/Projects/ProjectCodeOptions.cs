using System.ComponentModel.DataAnnotations;

namespace Nanchuan.LandUse.Domain.Projects;

/// <summary>(default) The code segments the seed does not give; configuration section <c>LandUse:ProjectCode</c>,
/// checked at start-up (ADR 0149): a code segment of another length would make every project code unreadable.</summary>
public sealed class ProjectCodeOptions
{
    /// <summary>Two-digit department code (default "15", 区规划自然资源局).</summary>
    [Required, RegularExpression("^[0-9]{2}$", ErrorMessage = "two digits / 两位数字")]
    public string DepartmentCode { get; set; } = "15";
    /// <summary>Two-digit project type of a transfer (出让) project.</summary>
    [Required, RegularExpression("^[0-9]{2}$", ErrorMessage = "two digits / 两位数字")]
    public string TransferProjectType { get; set; } = "01";
    /// <summary>Two-digit project type of an allocation (划拨) project.</summary>
    [Required, RegularExpression("^[0-9]{2}$", ErrorMessage = "two digits / 两位数字")]
    public string AllocationProjectType { get; set; } = "02";
}
