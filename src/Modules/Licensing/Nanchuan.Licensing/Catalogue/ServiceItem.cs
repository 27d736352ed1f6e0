namespace Nanchuan.Licensing.Catalogue;

/// <summary>政务服务事项: one item of the catalogue with its kind, its department and level, its statutory (法定) and promised (承诺) limits, flags and material checklist.</summary>
public sealed class ServiceItem
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>事项类型; <see cref="ServiceItemKind.Unclassified"/> for an item catalogued before kinds were recorded.</summary>
    public ServiceItemKind Kind { get; set; }
    public string Department { get; set; } = "";
    /// <summary>实施主体层级: a district department or a town; <see cref="ServiceItemOwnerLevel.Unclassified"/> for an item catalogued before.</summary>
    public ServiceItemOwnerLevel OwnerLevel { get; set; }
    public int StatutoryWorkingDays { get; set; }
    public decimal PromisedWorkingDays { get; set; }
    public bool Immediate { get; set; }
    public bool Online { get; set; }
    public bool ConcernsEnterprises { get; set; }
    public IReadOnlyList<string> Checklist { get; set; } = [];
    public string? Justification { get; set; }

    /// <summary>Share of the statutory limit saved by the promised one (0–1, 4 decimals).</summary>
    public decimal Compression => StatutoryWorkingDays == 0 ? 1m : Math.Round(1m - PromisedWorkingDays / StatutoryWorkingDays, 4, MidpointRounding.AwayFromZero);

    public void Apply(ServiceItemCatalogued e)
    {
        Id = e.ItemId;
        Code = e.Code;
        Name = e.Name;
        Kind = e.Kind;
        Department = e.Department;
        OwnerLevel = e.OwnerLevel;
        StatutoryWorkingDays = e.StatutoryWorkingDays;
        PromisedWorkingDays = e.PromisedWorkingDays;
        Immediate = e.Immediate;
        Online = e.Online;
        ConcernsEnterprises = e.ConcernsEnterprises;
        Checklist = e.Checklist;
    }

    public void Apply(CompressionJustified e) => Justification = e.Justification;
}
