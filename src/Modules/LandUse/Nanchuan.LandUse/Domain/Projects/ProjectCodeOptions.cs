namespace Nanchuan.LandUse.Domain.Projects;

/// <summary>(default) The code segments the seed does not give; configuration section <c>LandUse:ProjectCode</c>.</summary>
public sealed class ProjectCodeOptions
{
    /// <summary>Two-digit department code (default "15", 区规划自然资源局).</summary>
    public string DepartmentCode { get; set; } = "15";
    /// <summary>Two-digit project type of a transfer (出让) project.</summary>
    public string TransferProjectType { get; set; } = "01";
    /// <summary>Two-digit project type of an allocation (划拨) project.</summary>
    public string AllocationProjectType { get; set; } = "02";
}
