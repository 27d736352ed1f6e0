using System.ComponentModel.DataAnnotations;
using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Licensing.FinancialStreet;

/// <summary>
/// 大厅金融街: the banks with windows in the company-start zone and their loan products, as data (configurable under
/// <c>Licensing:FinancialStreet</c>). Every bank also opens accounts (开户设立), which is a service, not a financing product.
/// A bank's staff sign in as DepartmentHandler with the bank's name as their department.
/// </summary>
public sealed class FinancialStreetOptions : IValidatableObject
{
    public const string Section = "Licensing:FinancialStreet";

    public const string AccountOpening = "开户设立";

    public List<StreetBank> Banks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ModuleSettings.BlankOrRepeated(Banks.Select(b => b.Name), nameof(Banks))
            .Concat(Banks.SelectMany(b => ModuleSettings.BlankOrRepeated(b.LoanProducts ?? [], nameof(Banks))));

    /// <summary>The configured banks, or the seven of the seed (2019) with the products the seed names (default assignment).</summary>
    public IReadOnlyList<StreetBank> EffectiveBanks => Banks.Count > 0 ? Banks :
    [
        new("建设银行", ["快e贷", "云税贷", "信用贷", "小微企业贷"]),
        new("农业银行", ["信用贷", "创业贷", "小微企业贷"]),
        new("工商银行", ["信用贷", "小微企业贷"]),
        new("中国银行", ["信用贷", "小微企业贷"]),
        new("三峡银行", ["信用贷", "创业贷", "小微企业贷"]),
        new("石银村镇银行", ["创业贷", "小微企业贷"]),
        new("哈尔滨银行", ["信用贷", "小微企业贷"]),
    ];
}

/// <summary>A bank of the financial street and its loan products (信用贷, 创业贷, 小微企业贷, 快e贷, 云税贷 …).</summary>
public sealed record StreetBank(string Name, IReadOnlyList<string> LoanProducts);
