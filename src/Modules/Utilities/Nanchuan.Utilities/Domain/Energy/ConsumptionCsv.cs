using System.Globalization;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Utilities.Domain.Energy;

/// <summary>An error in one row of an imported file (row 1 is the header).</summary>
internal sealed record ImportRowError(int Row, string Column, string Message);

/// <summary>A parsed file: the good rows, and an error for every bad cell.</summary>
internal sealed record ConsumptionFile(IReadOnlyList<ConsumptionRecord> Records, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// The consumption import file: UTF-8 CSV (RFC 4180 quoting), header
/// <c>creditCode,enterpriseName,month,kind,quantity,amountCny,provider</c>; month as yyyy-MM; kind electricity/gas/water (or 电/气/水).
/// </summary>
internal static class ConsumptionCsv
{
    public static readonly string[] Header = ["creditCode", "enterpriseName", "month", "kind", "quantity", "amountCny", "provider"];

    /// <param name="onlyProvider">When set, a row of another provider is an error (a provider imports its own figures only).</param>
    public static ConsumptionFile Parse(string text, string? onlyProvider = null)
    {
        var records = new List<ConsumptionRecord>();
        var errors = new List<ImportRowError>();
        var lines = SplitRecords(text.TrimStart('\uFEFF'));
        if (lines.Count == 0 || !lines[0].Select(h => h.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new ImportRowError(1, "header", $"表头应为 {string.Join(',', Header)} / the header must be {string.Join(',', Header)}."));
            return new ConsumptionFile(records, errors);
        }
        if (lines.Count == 1) errors.Add(new ImportRowError(1, "file", "文件没有数据行 / the file has no data rows."));

        var seen = new Dictionary<(string, EnergyKind, DateOnly, string), int>();
        for (var i = 1; i < lines.Count; i++)
        {
            var row = i + 1;
            var cells = lines[i];
            if (cells.Count != Header.Length)
            {
                errors.Add(new ImportRowError(row, "row", $"应有{Header.Length}列，实有{cells.Count}列 / expected {Header.Length} columns, found {cells.Count}."));
                continue;
            }
            var before = errors.Count;
            void Fail(string column, string message) => errors.Add(new ImportRowError(row, column, message));

            if (!UnifiedSocialCreditCode.TryParse(cells[0], out var code, out var codeError)) Fail("creditCode", codeError!);
            var name = cells[1].Trim();
            if (name.Length == 0) Fail("enterpriseName", "请填写企业名称 / the enterprise name is required.");
            if (!DateOnly.TryParseExact(cells[2].Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
                Fail("month", $"月份“{cells[2]}”应为yyyy-MM格式 / the month must be yyyy-MM.");
            if (!EnergyKinds.TryParse(cells[3], out var kind)) Fail("kind", $"类别“{cells[3]}”应为electricity、gas或water / the kind must be electricity, gas or water.");
            if (!decimal.TryParse(cells[4].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity) || quantity < 0)
                Fail("quantity", $"用量“{cells[4]}”应为不小于0的数 / the quantity must be a number ≥ 0.");
            if (!decimal.TryParse(cells[5].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
                Fail("amountCny", $"金额“{cells[5]}”应为不小于0的数 / the amount must be a number ≥ 0.");
            var provider = cells[6].Trim();
            if (provider.Length == 0) Fail("provider", "请填写供应单位 / the provider is required.");
            else if (onlyProvider is not null && provider != onlyProvider)
                Fail("provider", $"只能导入本单位（{onlyProvider}）的数据 / you may import only {onlyProvider}'s figures.");
            if (errors.Count > before) continue;

            var key = (code.Value, kind, month, provider);
            if (seen.TryGetValue(key, out var firstRow))
            {
                Fail("month", $"与第{firstRow}行重复（同一企业、类别、月份、供应单位） / duplicates row {firstRow}.");
                continue;
            }
            seen[key] = row;
            records.Add(new ConsumptionRecord(code.Value, name, month, kind, quantity, amount, provider));
        }
        return new ConsumptionFile(records, errors);
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; blank lines are skipped.</summary>
    private static List<List<string>> SplitRecords(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
            }
            else field.Append(c);
        }
        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (!(fields.Count == 1 && fields[0].Trim().Length == 0)) records.Add([.. fields]);
            fields = [];
        }
    }
}
