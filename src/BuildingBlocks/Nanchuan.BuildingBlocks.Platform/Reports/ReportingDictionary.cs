using System.Text;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>docs/reporting.md: every report table and column with its Chinese name, type and meaning, made from the declarations only.</summary>
public static class ReportingDictionary
{
    public const string RegenerateCommand = "NANCHUAN_WRITE_REPORTING_DOC=1 dotnet test tests/Nanchuan.Platform.Tests --filter The_data_dictionary_is_current";

    public static string Markdown(IEnumerable<ReportCatalog> catalogs)
    {
        var text = new StringBuilder();
        text.Append("# Report tables (数据字典)\n\n")
            .Append("Generated from the declared report tables (docs/adr/0022); do not edit by hand. Regenerate with\n`")
            .Append(RegenerateCommand).Append("`.\n\n")
            .Append($"Reporting tools connect as a login that is a member of the read-only role `{ReportingRole.Name}` (`grant {ReportingRole.Name} to <login>`), ")
            .Append("which may read these tables and nothing else. Times are `timestamptz`; months (`yyyy-MM`) and days are Beijing time (Asia/Shanghai); ")
            .Append("enums are spelled as in the JSON API (camelCase); a rate is a ratio (0–1). Exported tables are also served as ")
            .Append("`GET /api/{module}/reports/{table}.csv` and `.xlsx` with the Chinese names as headers.\n");
        foreach (var catalog in catalogs)
        {
            text.Append($"\n## {catalog.Module}\n");
            foreach (var table in catalog.Tables)
            {
                var kind = table.IsView ? "summary view" : "fact table";
                var export = table.Exported ? $"exported as `/api/{catalog.Module}/reports/{table.Name}.csv`" : "SQL only";
                text.Append($"\n### `{table.QualifiedName}` — {table.ChineseName}\n\n{table.Meaning} ({kind}, {export}; key: {string.Join(", ", table.KeyColumns.Select(c => $"`{c.Name}`"))})\n\n")
                    .Append("| column | 中文名 | type | dimension | meaning |\n|---|---|---|---|---|\n");
                foreach (var column in table.Columns)
                {
                    var dimension = column.Dimension == ReportDimension.None ? "" : column.Dimension.ToString().ToLowerInvariant();
                    text.Append($"| `{column.Name}` | {column.ChineseName} | {column.Type} | {dimension} | {column.Meaning.Replace("|", "\\|")} |\n");
                }
            }
        }
        return text.ToString();
    }
}
