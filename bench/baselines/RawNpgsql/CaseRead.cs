using System.Security.Claims;
using Npgsql;

namespace Nanchuan.Bench.RawNpgsql;

/// <summary>
/// S3 doing the platform's work by hand (ADR 0168): the request's detail document by key, with what its access rule needs
/// read in the same statement, and the platform's rule applied — the business office and supervisors read every request,
/// an enterprise its own (credit code), a department handler one whose current round its department handles — and the
/// version as <c>ETag</c>. One round trip, as the platform's read.
/// </summary>
public static class CaseRead
{
    /// <summary>The roles the platform admits to the read at all (GrievanceAccess.Readers).</summary>
    public static readonly string[] Readers = ["Enterprise", "DepartmentHandler", "BusinessOffice", "Supervisor"];

    private const string Read = """
        select data::text, data->>'version', data->>'creditCode', data->'rounds'->-1->>'handlingUnitId'
        from bench_raw.documents where id = $1
        """;

    public static async Task<IResult> GetAsync(NpgsqlDataSource dataSource, Guid id, ClaimsPrincipal user, HttpResponse response)
    {
        await using var command = dataSource.CreateCommand(Read);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var row = await command.ExecuteReaderAsync();
        if (!await row.ReadAsync()) return Results.NotFound();
        var json = row.GetString(0);
        if (!MaySee(user, row.IsDBNull(2) ? null : row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3))) return Results.Forbid();
        response.Headers.ETag = $"\"{row.GetString(1)}\"";
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.Vary = "Authorization";
        return Results.Text(json, "application/json");
    }

    private static bool MaySee(ClaimsPrincipal user, string? creditCode, string? handlingUnitId) => user.FindFirst("role")?.Value switch
    {
        "BusinessOffice" or "Supervisor" => true,
        "Enterprise" => creditCode is not null && string.Equals(user.FindFirst("credit_code")?.Value, creditCode, StringComparison.OrdinalIgnoreCase),
        "DepartmentHandler" => handlingUnitId is { Length: > 0 } && user.FindFirst("department_id")?.Value == handlingUnitId,
        _ => false,
    };
}
