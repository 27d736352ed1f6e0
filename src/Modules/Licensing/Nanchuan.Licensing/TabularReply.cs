using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Licensing;

/// <summary>A report's rows as JSON (default), CSV or XLSX, chosen by the <c>format</c> query parameter.</summary>
internal static class TabularReply
{
    public static IResult For<T>(string? format, string fileName, IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns) =>
        format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => Results.Ok(rows),
            "csv" => TabularExport.Csv(fileName, rows, columns),
            "xlsx" => TabularExport.Xlsx(fileName, rows, columns),
            _ => throw new DomainValidationException("format", "格式应为json、csv或xlsx / the format must be json, csv or xlsx."),
        };
}
