using Nanchuan.Utilities.Domain.Gas;

namespace Nanchuan.Utilities.Gas;

/// <summary>A new version of the operator's material price list (物料清单) and its fixed-price packages (一口价).</summary>
/// <param name="EffectiveFrom">When it takes over; leave out for now. Plans signed from then on use it.</param>
public sealed record PublishPriceListRequest(string Operator, DateTimeOffset? EffectiveFrom, IReadOnlyList<PriceListItem> Items, IReadOnlyList<FixedPricePackage>? Packages)
    : IOpenApiExample<PublishPriceListRequest>
{
    public static PublishPriceListRequest Example => new("南川燃气公司", new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        [
            new PriceListItem("PE32", "聚乙烯管", "PE管 De32", "米", 28.50m, PriceItemCategory.Material),
            new PriceListItem("MTR-G4", "燃气表", "膜式表 G4", "块", 560m, PriceItemCategory.Material),
            new PriceListItem("LAB-INST", "安装人工", "管道安装", "米", 35m, PriceItemCategory.Labour),
        ],
        [new FixedPricePackage("SC-1", "小商户一口价", 2980m, [new PackageMaterial("燃气表", "膜式表 G4", "块", 1), new PackageMaterial("聚乙烯管", "PE管 De32", "米", 20)])]);
}

public sealed record PriceListPublishedResponse(string Operator, int Version, DateTimeOffset EffectiveFrom) : IOpenApiExample<PriceListPublishedResponse>
{
    public static PriceListPublishedResponse Example => new("南川燃气公司", 2, new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(8)));
}

public static class PublishPriceListEndpoint
{
    [WolverinePost($"{UtilitiesModule.Route}/gas/price-lists")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("公示物料清单 / Publish a gas price list version")]
    [EndpointDescription("A gas operator's staff (department = the operator's name) publish a new version of its price list: items (code, name, type, unit, price, labour or material) and fixed-price packages for small commercial users with their public material lists. Earlier versions stay: a fee is computed with the version in force when its plan was signed.")]
    [ProducesResponseType<PriceListPublishedResponse>(StatusCodes.Status200OK)]
    public static async Task<PriceListPublishedResponse> Post(PublishPriceListRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var operatorName = request.Operator?.Trim() ?? "";
        if (operatorName.Length == 0) throw new DomainValidationException("operator", "请填写燃气经营企业 / give the operator.");
        UtilityAccess.EnsureProvider(CurrentActor.Value, operatorName);
        var (items, packages) = PriceListValidation.Validate(request.Items, request.Packages);
        var effectiveFrom = request.EffectiveFrom ?? time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

        var streamId = GasPriceList.StreamIdFor(operatorName);
        var stream = await session.Events.FetchForWriting<GasPriceList>(streamId, cancellation);
        var version = (stream.Aggregate?.LatestVersion ?? 0) + 1;
        stream.AppendOne(new GasPriceListPublished(streamId, operatorName, version, effectiveFrom, items, packages));
        return new PriceListPublishedResponse(operatorName, version, effectiveFrom);
    }
}

public static class PriceListValidation
{
    public static (IReadOnlyList<PriceListItem>, IReadOnlyList<FixedPricePackage>) Validate(IReadOnlyList<PriceListItem>? items, IReadOnlyList<FixedPricePackage>? packages)
    {
        var errors = new Dictionary<string, string[]>();
        items ??= [];
        packages ??= [];
        if (items.Count == 0) errors["items"] = ["物料清单至少应有一项 / the list needs at least one item."];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (string.IsNullOrWhiteSpace(item.Code)) errors[$"items[{i}].code"] = ["请填写物料编码 / give the item code."];
            if (string.IsNullOrWhiteSpace(item.Name)) errors[$"items[{i}].name"] = ["请填写物料名称 / give the item name."];
            if (string.IsNullOrWhiteSpace(item.Type)) errors[$"items[{i}].type"] = ["请填写材料类型 / give the material type."];
            if (string.IsNullOrWhiteSpace(item.Unit)) errors[$"items[{i}].unit"] = ["请填写单位 / give the unit."];
            if (item.UnitPrice < 0) errors[$"items[{i}].unitPrice"] = ["单价不能为负 / the price cannot be negative."];
            if (!Enum.IsDefined(item.Category)) errors[$"items[{i}].category"] = ["类别应为材料或人工 / the category must be material or labour."];
        }
        if (items.GroupBy(i => i.Code).Any(g => g.Count() > 1)) errors["items"] = ["物料编码不能重复 / item codes must be unique."];
        for (var p = 0; p < packages.Count; p++)
        {
            if (string.IsNullOrWhiteSpace(packages[p].Code)) errors[$"packages[{p}].code"] = ["请填写套餐编码 / give the package code."];
            if (packages[p].Price <= 0) errors[$"packages[{p}].price"] = ["套餐价格应大于0 / the package price must be positive."];
            if ((packages[p].Materials?.Count ?? 0) == 0) errors[$"packages[{p}].materials"] = ["须公布套餐所含物料明细 / publish the package's materials."];
        }
        if (packages.GroupBy(p => p.Code).Any(g => g.Count() > 1)) errors["packages"] = ["套餐编码不能重复 / package codes must be unique."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return (items.Select(i => i with { Code = i.Code.Trim() }).ToList(), packages);
    }
}
