using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Utilities.Domain;
using Nanchuan.Utilities.Domain.Power;

namespace Nanchuan.Utilities.Reports;

/// <summary>Power demand still to connect in a month (用电时序和需求), so grid works are planned ahead: applications and capacity by wanted month and class.</summary>
/// <param name="WantedMonth">yyyy-MM of the wanted power-on date; "未填写" when the user gave none.</param>
public sealed record PowerDemand(string WantedMonth, PowerConnectionClass Class, int Applications, decimal CapacityKva);

/// <summary>A row of <see cref="UtilitiesReports.PowerDemand"/>.</summary>
internal sealed record PowerDemandRow(string WantedMonth, string Provider, string Category, int Applications, decimal CapacityKva);

public static class PowerDemandReport
{
    [WolverineGet($"{UtilitiesModule.Route}/reports/power-demand")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("待接电需求（按期望接电月份） / Power demand by wanted month")]
    [EndpointDescription("Connections not yet powered on, by the month the users want power and by class: how many and the capacity (kVA), for planning grid works ahead (the SQL view utilities.power_demand). The power company's staff, 区经济信息委, the BusinessOffice and supervisors. `format=csv` or `xlsx` downloads it.")]
    public static async Task<IResult> Get(string? format, IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.DepartmentHandler && !UtilityAccess.IsEconomicCommission(actor)) UtilityAccess.EnsureProvider(actor, Providers.PowerCompany);
        var rows = await ReportReader.ReadAsync<PowerDemandRow>(session, $"select * from {UtilitiesReports.PowerDemand.QualifiedName}", cancellation);
        var demand = rows
            .GroupBy(r => (r.WantedMonth, Class: Enum.Parse<PowerConnectionClass>(r.Category, ignoreCase: true)))
            .Select(g => new PowerDemand(g.Key.WantedMonth, g.Key.Class, g.Sum(r => r.Applications), g.Sum(r => r.CapacityKva)))
            .OrderBy(d => d.WantedMonth, StringComparer.Ordinal).ThenBy(d => d.Class)
            .ToList();
        IReadOnlyList<ExportColumn<PowerDemand>> columns =
        [
            new("期望接电月份", d => d.WantedMonth), new("报装类别", d => d.Class.ToChinese()), new("报装数", d => d.Applications), new("报装容量（千伏安）", d => d.CapacityKva),
        ];
        return format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => Results.Ok(demand),
            "csv" => TabularExport.Csv("待接电需求", demand, columns),
            "xlsx" => TabularExport.Xlsx("待接电需求", demand, columns),
            _ => throw new DomainValidationException("format", "格式应为json、csv或xlsx / the format must be json, csv or xlsx."),
        };
    }
}
