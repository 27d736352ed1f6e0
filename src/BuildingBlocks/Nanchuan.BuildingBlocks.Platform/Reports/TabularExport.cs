using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>One column of an exported report: its (Chinese) header and how to read it from a row.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// Reports as files for spreadsheets and BI tools (platform rule 7): CSV (UTF-8 with BOM so Excel shows
/// Chinese correctly, RFC 4180 quoting) and XLSX. Every module's report endpoints use this.
/// </summary>
public static class TabularExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult Csv<T>(string fileName, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns) =>
        Results.File(CsvBytes(rows, columns), CsvContentType, fileName + ".csv");

    public static IResult Xlsx<T>(string fileName, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns) =>
        Results.File(XlsxBytes(rows, columns), XlsxContentType, fileName + ".xlsx");

    public static byte[] CsvBytes<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => Quote(c.Header))).Append("\r\n");
        foreach (var row in rows) text.AppendJoin(',', columns.Select(c => Quote(Format(c.Value(row))))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] XlsxBytes<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        var sheet = rows.Select(row => (IDictionary<string, object?>)columns.ToDictionary(c => c.Header, c => Cell(c.Value(row)))).ToList();
        if (sheet.Count == 0) sheet.Add(columns.ToDictionary(c => c.Header, _ => (object?)null));
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    private static object? Cell(object? value) => value switch
    {
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => ReportValues.EnumName(e),
        _ => value,
    };

    private static string Format(object? value) => Cell(value) switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
