using JasperFx.Events;
using Marten.Events.Projections;
using Nanchuan.Utilities.Domain.Energy;

namespace Nanchuan.Utilities.Energy;

/// <summary>One enterprise's consumption of one kind, from one provider, in one month: the latest imported figure.</summary>
public sealed class MonthlyConsumption
{
    /// <summary>creditCode/kind/yyyy-MM/provider.</summary>
    public string Id { get; set; } = "";

    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public int Year { get; set; }
    public DateOnly Month { get; set; }
    public EnergyKind Kind { get; set; }
    public decimal Quantity { get; set; }
    public decimal AmountCny { get; set; }
    public string Provider { get; set; } = "";
    public Guid ImportId { get; set; }

    public ConsumptionRecord ToRecord() => new(CreditCode, EnterpriseName, Month, Kind, Quantity, AmountCny, Provider);

    public static string IdFor(ConsumptionRecord r) => $"{r.CreditCode}/{r.Kind}/{r.Month:yyyy-MM}/{r.Provider}";
}

/// <summary>Keeps the latest figure per enterprise, kind, month and provider; a later import of the same month corrects it.</summary>
public sealed partial class MonthlyConsumptionProjection : EventProjection
{
    public void Project(IEvent<ConsumptionImported> imported, IDocumentOperations operations)
    {
        foreach (var r in imported.Data.Records)
        {
            operations.Store(new MonthlyConsumption
            {
                Id = MonthlyConsumption.IdFor(r), CreditCode = r.CreditCode, EnterpriseName = r.EnterpriseName, Year = r.Month.Year, Month = r.Month,
                Kind = r.Kind, Quantity = r.Quantity, AmountCny = r.AmountCny, Provider = r.Provider, ImportId = imported.Data.ImportId,
            });
        }
    }
}
