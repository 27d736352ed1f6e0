using System.Text.Json;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>How values are written to report tables and exports: enums as the JSON API spells them (camelCase), times in UTC (months in Beijing time: <see cref="Nanchuan.BuildingBlocks.Calendar.BeijingTime.MonthOf"/>).</summary>
public static class ReportValues
{
    /// <summary>An enum value as the JSON API writes it (e.g. <c>lowVoltageResidential</c>).</summary>
    public static string EnumName(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>A value as an SQL parameter: a null is <see cref="DBNull"/> (the statement casts it to the column's type).</summary>
    public static object Parameter(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.ToUniversalTime(),
        UnifiedSocialCreditCode code => code.Value,
        Enum e => EnumName(e),
        _ => value,
    };
}
