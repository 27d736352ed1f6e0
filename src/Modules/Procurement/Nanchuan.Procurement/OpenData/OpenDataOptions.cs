using System.ComponentModel.DataAnnotations;

namespace Nanchuan.Procurement.OpenData;

/// <summary>
/// The open-data publication (configurable under `Procurement:OpenData`, ADR 0065): the ocid prefix the Open Contracting
/// Partnership registers for the publisher (`ocds-` and six lower-case letters or digits), the publisher's name, and the
/// identifier scheme of organisations' 统一社会信用代码. Checked at start-up (ADR 0149), before any ocid is published with them.
/// </summary>
public sealed class OpenDataOptions
{
    [Required]
    [RegularExpression("^ocds-[a-z0-9]{6}$", ErrorMessage = "The ocid prefix must be of the registered form ocds-xxxxxx (six lower-case letters or digits).")]
    public string OcidPrefix { get; set; } = "ocds-nc5001";

    [Required]
    public string PublisherName { get; set; } = "重庆市南川区发展和改革委员会";

    [Required]
    public string PartyScheme { get; set; } = "CN-USCC";

    public string OcidOf(Guid projectId) => $"{OcidPrefix}-{projectId}";
}
