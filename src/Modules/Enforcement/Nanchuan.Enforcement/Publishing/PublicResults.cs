using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Enforcement.Publishing;

/// <summary>
/// One published inspection result (一公开): the enterprise (a legal person, named as in its licence), what was inspected and
/// the outcome by item count. No inspector, no note, no personal data.
/// </summary>
public sealed record PublicInspectionResult(
    Guid InspectionId, string Quarter, string Month, DateTimeOffset VisitedAt, InspectionKind Kind, string? ExceptionType, string EnterpriseName, string CreditCode,
    IReadOnlyList<string> Departments, int ItemsChecked, int Compliant, int RectificationsRequired, int Violations, InspectionStatus Status);

public static class PublicResultsEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/public/results")]
    [AllowAnonymous]
    [EnableRateLimiting(PublicRateLimits.PublicPages)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("检查结果公开 / Published inspection results")]
    [EndpointDescription("Without sign-in: the quarter's inspections whose findings are recorded, comprehensive and exception ones, with the departments and the outcome counts. `quarter` (e.g. 2025Q2) is required.")]
    [ProducesResponseType<IReadOnlyList<PublicInspectionResult>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<PublicInspectionResult>> Get(string? quarter, IQuerySession session, ExceptionTypes exceptionTypes, CancellationToken cancellation)
    {
        if (!Quarter.TryParse(quarter, out var parsed)) throw new DomainValidationException("quarter", "请按 2025Q2 的格式给出季度 / give the quarter as 2025Q2.");
        var key = parsed.ToString();
        var inspections = await session.Query<Inspection>().Where(i => i.Quarter == key && i.FindingsRecordedAt != null).ToListAsync(cancellation);
        return inspections.OrderBy(i => i.VisitedAt).Select(i => ResultOf(i, exceptionTypes)).ToList();
    }

    internal static PublicInspectionResult ResultOf(Inspection i, ExceptionTypes exceptionTypes) => new(i.Id, i.Quarter, i.Month, i.VisitedAt, i.Kind,
        i.ExceptionType is null ? null : exceptionTypes.ChineseName(i.ExceptionType), i.EnterpriseName, i.CreditCode, i.Departments, i.Findings.Count,
        i.Findings.Count(f => f.Outcome == FindingOutcome.Compliant), i.Findings.Count(f => f.Outcome == FindingOutcome.RectificationRequired),
        i.Findings.Count(f => f.Outcome == FindingOutcome.Violation), i.Status);
}
