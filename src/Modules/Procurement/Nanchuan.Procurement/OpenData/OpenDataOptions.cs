using System.Text.RegularExpressions;

namespace Nanchuan.Procurement.OpenData;

/// <summary>
/// The open-data publication (configurable under `Procurement:OpenData`, ADR 0065): the ocid prefix the Open Contracting
/// Partnership registers for the publisher (`ocds-` and six lower-case letters or digits), the publisher's name, and the
/// identifier scheme of organisations' 统一社会信用代码.
/// </summary>
public sealed partial class OpenDataOptions
{
    public string OcidPrefix { get; set; } = "ocds-nc5001";
    public string PublisherName { get; set; } = "重庆市南川区发展和改革委员会";
    public string PartyScheme { get; set; } = "CN-USCC";

    /// <summary>Refuses a prefix not of the registered form at start-up, before any ocid is published with it.</summary>
    public OpenDataOptions Checked() => PrefixPattern().IsMatch(OcidPrefix)
        ? this
        : throw new InvalidOperationException($"Procurement:OpenData:OcidPrefix '{OcidPrefix}' is not of the registered form ocds-xxxxxx (six lower-case letters or digits).");

    public string OcidOf(Guid projectId) => $"{OcidPrefix}-{projectId}";

    [GeneratedRegex("^ocds-[a-z0-9]{6}$")]
    private static partial Regex PrefixPattern();
}
