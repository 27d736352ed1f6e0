using Nanchuan.Licensing.Applications;

namespace Nanchuan.Licensing.Packages;

/// <summary>一件事一次办套餐: several catalogue items applied for as one application with one merged material set.</summary>
public sealed class ServicePackage
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public IReadOnlyList<PackagedItem> Items { get; set; } = [];
    public IReadOnlyList<string> MergedChecklist { get; set; } = [];
    public decimal PromisedWorkingDays { get; set; }
    public PromisedLimitBasis PromisedLimitBasis { get; set; }

    /// <summary>Done on the spot when every item is an immediate item (即办件).</summary>
    public bool Immediate => Items.Count > 0 && Items.All(i => i.Immediate);

    /// <summary>The departments that decide its items, in the order of the items.</summary>
    public string Departments => string.Join("、", Items.Select(i => i.Department).Distinct());

    public void Apply(ServicePackageCatalogued e)
    {
        Id = e.PackageId;
        Code = e.Code;
        Name = e.Name;
        Items = e.Items;
        MergedChecklist = e.MergedChecklist;
        PromisedWorkingDays = e.PromisedWorkingDays;
        PromisedLimitBasis = e.PromisedLimitBasis;
    }

    /// <summary>The terms the front desk holds a package application to: the merged checklist, the package's limit, one part per item.</summary>
    public ApplicationTerms Terms() => new(Id, Code, Name, Departments, MergedChecklist, PromisedWorkingDays, Immediate,
        Items.Select(i => new ApplicationPart(i.ItemId, i.Code, i.Name, i.Department)).ToList());
}
