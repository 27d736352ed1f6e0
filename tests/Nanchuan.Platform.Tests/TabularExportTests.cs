using System.Text;
using MiniExcelLibs;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Platform.Tests;

public sealed class TabularExportTests
{
    private sealed record Row(string Unit, int Assigned, decimal? Rate, DateOnly Month);

    private static readonly ExportColumn<Row>[] Columns =
    [
        new("承办单位", r => r.Unit),
        new("承办量", r => r.Assigned),
        new("办结率", r => r.Rate),
        new("月份", r => r.Month),
    ];

    private static readonly Row[] Rows =
    [
        new("区市场监管局", 3, 0.6667m, new DateOnly(2024, 5, 1)),
        new("区规划自然资源局, \"一码办\"", 0, null, new DateOnly(2024, 5, 1)),
    ];

    [Fact]
    public void Csv_has_a_bom_chinese_headers_and_rfc4180_quoting()
    {
        var bytes = TabularExport.CsvBytes(Rows, Columns);
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].ShouldBe("承办单位,承办量,办结率,月份");
        lines[1].ShouldBe("区市场监管局,3,0.6667,2024-05-01");
        lines[2].ShouldBe("\"区规划自然资源局, \"\"一码办\"\"\",0,,2024-05-01");
    }

    [Fact]
    public void Xlsx_reads_back_with_the_same_cells()
    {
        using var stream = new MemoryStream(TabularExport.XlsxBytes(Rows, Columns));
        var sheet = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        sheet.Count.ShouldBe(2);
        sheet[0]["承办单位"].ShouldBe("区市场监管局");
        Convert.ToDecimal(sheet[0]["办结率"]).ShouldBe(0.6667m);
        sheet[1]["承办单位"].ShouldBe("区规划自然资源局, \"一码办\"");
    }

    private enum Connection { LowVoltageResidential }

    [Fact]
    public void Enums_are_spelled_as_the_json_api_spells_them()
    {
        var bytes = TabularExport.CsvBytes([Connection.LowVoltageResidential], [new ExportColumn<Connection>("类别", c => c)]);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n")[1].ShouldBe("lowVoltageResidential");
    }
}
