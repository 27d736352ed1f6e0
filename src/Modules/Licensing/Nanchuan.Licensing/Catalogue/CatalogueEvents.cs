namespace Nanchuan.Licensing.Catalogue;

/// <summary>
/// A government service item (政务服务事项) entered the catalogue (事项清单): its kind (事项类型), its department and whether that is a district
/// department or a town (实施主体层级). <paramref name="PromisedWorkingDays"/> is the promised limit (承诺时限) in working days, in steps of a
/// half day; 0 for an immediate item (即办件). Stored as <c>service_item_catalogued_v2</c>; the older shape is read through
/// <see cref="ServiceItemCataloguedV1"/> (ADR 0134).
/// </summary>
public sealed record ServiceItemCatalogued(
    Guid ItemId, string Code, string Name, ServiceItemKind Kind, string Department, ServiceItemOwnerLevel OwnerLevel, int StatutoryWorkingDays,
    decimal PromisedWorkingDays, bool Immediate, bool Online, bool ConcernsEnterprises, IReadOnlyList<string> Checklist) : IDescribedEvent
{
    public string Describe() =>
        $"事项清单新增{Kind.ToChinese()}事项“{Name}”（{Code}），实施主体{Department}（{OwnerLevel.ToChinese()}），法定{StatutoryWorkingDays}个工作日，承诺{PromisedWorkingDays}个工作日";
}

/// <summary>
/// <see cref="ServiceItemCatalogued"/> as stored before kinds and levels were recorded (stored name <c>service_item_catalogued</c>): read as
/// today's event with both <see cref="ServiceItemKind.Unclassified"/> and <see cref="ServiceItemOwnerLevel.Unclassified"/> (未分类), so an old
/// item is counted apart, never guessed into a kind (ADR 0134).
/// </summary>
internal sealed record ServiceItemCataloguedV1(
    Guid ItemId, string Code, string Name, string Department, int StatutoryWorkingDays, decimal PromisedWorkingDays,
    bool Immediate, bool Online, bool ConcernsEnterprises, IReadOnlyList<string> Checklist)
{
    public ServiceItemCatalogued Upcast() => new(ItemId, Code, Name, ServiceItemKind.Unclassified, Department, ServiceItemOwnerLevel.Unclassified,
        StatutoryWorkingDays, PromisedWorkingDays, Immediate, Online, ConcernsEnterprises, Checklist);
}

/// <summary>Why an enterprise item's compression stays below the standing target (压缩90%) — recorded, it leaves the below-target list.</summary>
public sealed record CompressionJustified(Guid ItemId, string Justification) : IDescribedEvent
{
    public string Describe() => $"记录时限压缩未达标说明：{Justification}";
}
