namespace Nanchuan.Utilities.Domain.Gas;

/// <summary>What the user chose in the signed plan: an item of the price list and its quantity.</summary>
public sealed record ChosenItem(string ItemCode, decimal Quantity);

/// <summary>One line of the fee breakdown (报装费用明细): labour or material, quantity, price, amount.</summary>
public sealed record FeeLine(string Code, string Name, string Type, string Unit, PriceItemCategory Category, decimal Quantity, decimal UnitPrice, decimal Amount);

/// <summary>A fee line as the operator submits it, to be checked against the published list.</summary>
public sealed record SubmittedFeeLine(string Code, decimal Quantity, decimal UnitPrice, decimal Amount);

/// <summary>The fee breakdown: lines, labour and material subtotals, total.</summary>
public sealed record GasFee(IReadOnlyList<FeeLine> Lines, decimal Labour, decimal Materials, decimal Total);

/// <summary>
/// 方案费用“全透明”: the fee is computed from the price list in force when the plan was signed and the user's chosen types
/// (or the package price); a fee the operator submits that does not match it line for line is refused.
/// </summary>
internal static class GasFeeCalculator
{
    public static GasFee Compute(PriceListEdition edition, string? packageCode, IReadOnlyList<ChosenItem> chosen)
    {
        if (packageCode is not null)
        {
            var package = edition.Packages.Single(p => p.Code == packageCode);
            var line = new FeeLine(package.Code, package.Name, "一口价套餐", "套", PriceItemCategory.Material, 1, package.Price, package.Price);
            return new GasFee([line], 0, package.Price, package.Price);
        }
        var lines = chosen.Select(c =>
        {
            var item = edition.Items.Single(i => i.Code == c.ItemCode);
            return new FeeLine(item.Code, item.Name, item.Type, item.Unit, item.Category, c.Quantity, item.UnitPrice, Math.Round(c.Quantity * item.UnitPrice, 2));
        }).ToList();
        var labour = lines.Where(l => l.Category == PriceItemCategory.Labour).Sum(l => l.Amount);
        var materials = lines.Where(l => l.Category == PriceItemCategory.Material).Sum(l => l.Amount);
        return new GasFee(lines, labour, materials, labour + materials);
    }

    /// <summary>Refuses a submitted fee that differs from the computed one (a line's code, quantity, price or amount, or the total).</summary>
    public static void EnsureMatches(GasFee expected, IReadOnlyList<SubmittedFeeLine> submitted, decimal submittedTotal, int priceListVersion)
    {
        var errors = new Dictionary<string, string[]>();
        if (submitted.Count != expected.Lines.Count)
            errors["lines"] = [$"费用明细应有{expected.Lines.Count}项，与签字方案一致 / the breakdown must have {expected.Lines.Count} lines, as in the signed plan."];
        for (var i = 0; i < submitted.Count; i++)
        {
            var line = submitted[i];
            var published = expected.Lines.FirstOrDefault(l => l.Code == line.Code);
            if (published is null)
            {
                errors[$"lines[{i}].code"] = [$"“{line.Code}”不在签字方案中 / '{line.Code}' is not in the signed plan."];
                continue;
            }
            if (line.Quantity != published.Quantity)
                errors[$"lines[{i}].quantity"] = [$"数量应为签字方案的{published.Quantity} / the quantity must be {published.Quantity} as signed."];
            if (line.UnitPrice != published.UnitPrice)
                errors[$"lines[{i}].unitPrice"] =
                    [$"单价{line.UnitPrice}元与公示物料清单第{priceListVersion}版的{published.UnitPrice}元不符 / the price {line.UnitPrice} differs from the published list (version {priceListVersion}): {published.UnitPrice}."];
            if (line.Amount != published.Amount)
                errors[$"lines[{i}].amount"] = [$"金额应为{published.Amount}元 / the amount must be {published.Amount}."];
        }
        if (submittedTotal != expected.Total)
            errors["total"] = [$"合计应为{expected.Total}元 / the total must be {expected.Total} CNY."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }
}
