using System.Text;
using Nanchuan.Utilities.Domain.Energy;

namespace Nanchuan.Utilities.Energy;

/// <summary>The file was imported: its id and how many monthly figures it held.</summary>
public sealed record ConsumptionImportResult(Guid ImportId, string FileName, int Rows);

public static class ImportConsumptionEndpoint
{
    /// <summary>Largest file accepted (about 50,000 rows).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    [WolverinePost($"{UtilitiesModule.Route}/energy/consumption-imports")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("导入月度用能数据（CSV） / Import monthly consumption (CSV)")]
    [EndpointDescription("Body: a UTF-8 CSV file (Content-Type text/csv) with the header `creditCode,enterpriseName,month,kind,quantity,amountCny,provider`; month as yyyy-MM, kind electricity/gas/water (or 电/气/水), quantity in kWh, m³ or t, amountCny what the month cost. `fileName` (optional) names it in the record. All or nothing: if any row is wrong the answer is 400 with an error per bad cell, keyed `rows[n].column` (n = line number, the header is line 1), and nothing is imported. A provider's staff import their own company's figures; 区经济信息委 and the BusinessOffice any.")]
    [ProducesResponseType<ConsumptionImportResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<ConsumptionImportResult> Post(string? fileName, HttpRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        if (request.ContentLength > MaxBytes) throw new DomainValidationException("file", "文件不能超过5MB / the file must not exceed 5 MB.");
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellation);
        var actor = CurrentActor.Value;
        var ownProviderOnly = actor.Role == Roles.DepartmentHandler && !UtilityAccess.IsEconomicCommission(actor) ? actor.Department : null;
        var file = ConsumptionCsv.Parse(text, ownProviderOnly);
        if (file.Errors.Count > 0)
            throw new DomainValidationException(file.Errors.GroupBy(e => $"rows[{e.Row}].{e.Column}").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        var name = string.IsNullOrWhiteSpace(fileName) ? "consumption.csv" : fileName.Trim();
        var id = Guid.CreateVersion7();
        session.Events.StartStream(id, new ConsumptionImported(id, name, file.Records, time.GetUtcNow().ToOffset(TimeSpan.FromHours(8))));
        return new ConsumptionImportResult(id, name, file.Records.Count);
    }
}
