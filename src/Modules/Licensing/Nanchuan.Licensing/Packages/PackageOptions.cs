using System.ComponentModel.DataAnnotations;

namespace Nanchuan.Licensing.Packages;

/// <summary>
/// Defaults of 一件事一次办 packages (configurable under <c>Licensing:Packages</c>): the promised limit of a package that does not give
/// its own (default the longest of its items' promised limits, since the departments decide in parallel), and the trips one separate
/// application needs (default 1, the hall's 最多跑一次 standard) for the trips saved.
/// </summary>
public sealed class PackageOptions
{
    public const string Section = "Licensing:Packages";

    [EnumDataType(typeof(PromisedLimitBasis))]
    public PromisedLimitBasis DefaultPromisedLimit { get; set; } = PromisedLimitBasis.LongestItem;

    [Range(1, 10)]
    public int TripsPerSeparateApplication { get; set; } = 1;
}
