using System.ComponentModel.DataAnnotations;
using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Licensing.HallTargets;

/// <summary>
/// Which catalogue items (by code) the headline targets measure (configuration section Licensing:HallTargets). The seed names the
/// services, not their catalogue codes, so nothing is assumed: an item not listed is measured against no target (ADR 0116). Company
/// start-up is every 近快办 registration and needs no list.
/// </summary>
public sealed class HallTargetOptions : IValidatableObject
{
    public const string Section = "Licensing:HallTargets";

    /// <summary>企业投资项目备案 items.</summary>
    public List<string> InvestmentProjectFilingItems { get; set; } = [];

    /// <summary>建筑工程施工许可 items.</summary>
    public List<string> ConstructionPermitItems { get; set; } = [];

    /// <summary>竣工验收备案 items.</summary>
    public List<string> CompletionFilingItems { get; set; } = [];

    /// <summary>An item measured against two targets would be counted twice; a blank code measures nothing.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ModuleSettings.BlankOrRepeated(InvestmentProjectFilingItems.Concat(ConstructionPermitItems).Concat(CompletionFilingItems), "*Items");

    /// <summary>The target an item code is measured against, or null.</summary>
    public HallTarget? TargetOf(string itemCode) =>
        InvestmentProjectFilingItems.Contains(itemCode) ? HallTarget.InvestmentProjectFiling
        : ConstructionPermitItems.Contains(itemCode) ? HallTarget.ConstructionPermit
        : CompletionFilingItems.Contains(itemCode) ? HallTarget.CompletionFiling
        : null;
}
