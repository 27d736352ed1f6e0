namespace Nanchuan.Licensing.Catalogue;

/// <summary>
/// A government service item (政务服务事项) entered the catalogue (事项清单). <paramref name="PromisedWorkingDays"/> is the promised
/// limit (承诺时限) in working days, in steps of a half day; 0 for an immediate item (即办件).
/// </summary>
public sealed record ServiceItemCatalogued(
    Guid ItemId, string Code, string Name, string Department, int StatutoryWorkingDays, decimal PromisedWorkingDays,
    bool Immediate, bool Online, bool ConcernsEnterprises, IReadOnlyList<string> Checklist) : IDescribedEvent
{
    public string Describe() => $"事项清单新增“{Name}”（{Code}），法定{StatutoryWorkingDays}个工作日，承诺{PromisedWorkingDays}个工作日";
}

/// <summary>Why an enterprise item's compression stays below the standing target (压缩90%) — recorded, it leaves the below-target list.</summary>
public sealed record CompressionJustified(Guid ItemId, string Justification) : IDescribedEvent
{
    public string Describe() => $"记录时限压缩未达标说明：{Justification}";
}
