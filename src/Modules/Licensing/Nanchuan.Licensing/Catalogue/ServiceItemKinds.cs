namespace Nanchuan.Licensing.Catalogue;

/// <summary>
/// 事项类型: the kind of a government service item (政务服务事项), as the national basic catalogue (政务服务事项基本目录) sorts the items applied
/// for: 行政许可 and the other administrative powers exercised on application, or 公共服务. <see cref="Unclassified"/> (未分类) only for items
/// catalogued before kinds were recorded (ADR 0134); a new item names its kind.
/// </summary>
public enum ServiceItemKind
{
    /// <summary>未分类: catalogued before kinds were recorded; never chosen for a new item.</summary>
    Unclassified,
    /// <summary>行政许可.</summary>
    AdministrativeLicence,
    /// <summary>行政确认.</summary>
    AdministrativeConfirmation,
    /// <summary>行政给付.</summary>
    AdministrativePayment,
    /// <summary>行政奖励.</summary>
    AdministrativeAward,
    /// <summary>行政裁决.</summary>
    AdministrativeAdjudication,
    /// <summary>其他行政权力.</summary>
    OtherAdministrativePower,
    /// <summary>公共服务.</summary>
    PublicService,
}

/// <summary>
/// 实施主体层级: whether a district department (区级部门) or a town or street (乡镇（街道）, 镇街) implements the item — the hall reports the online
/// rates of the two apart (seed 000: 5,159 department and 6,766 town items online). <see cref="Unclassified"/> only for items catalogued before.
/// </summary>
public enum ServiceItemOwnerLevel
{
    /// <summary>未分类: catalogued before the level was recorded; never chosen for a new item.</summary>
    Unclassified,
    /// <summary>区级部门.</summary>
    DistrictDepartment,
    /// <summary>乡镇（街道）.</summary>
    Town,
}

/// <summary>The Chinese names of the kinds and levels, for descriptions and validation messages.</summary>
internal static class ServiceItemKinds
{
    public static string ToChinese(this ServiceItemKind kind) => kind switch
    {
        ServiceItemKind.AdministrativeLicence => "行政许可",
        ServiceItemKind.AdministrativeConfirmation => "行政确认",
        ServiceItemKind.AdministrativePayment => "行政给付",
        ServiceItemKind.AdministrativeAward => "行政奖励",
        ServiceItemKind.AdministrativeAdjudication => "行政裁决",
        ServiceItemKind.OtherAdministrativePower => "其他行政权力",
        ServiceItemKind.PublicService => "公共服务",
        _ => "未分类",
    };

    public static string ToChinese(this ServiceItemOwnerLevel level) => level switch
    {
        ServiceItemOwnerLevel.DistrictDepartment => "区级部门",
        ServiceItemOwnerLevel.Town => "乡镇（街道）",
        _ => "未分类",
    };
}
