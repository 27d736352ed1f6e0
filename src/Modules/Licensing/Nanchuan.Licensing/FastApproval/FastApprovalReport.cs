using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Licensing.Reports;

namespace Nanchuan.Licensing.FastApproval;

/// <summary>One project's service: site visits (in total and per phase), meetings, problems raised and solved.</summary>
public sealed record FastApprovalProjectFigures(
    Guid ProjectId, string Name, string InvestorCreditCode, string ProjectType, string? TrackingOfficer, int OfficerAssignments,
    int SiteVisits, int FoundationVisits, int MainStructureVisits, int EquipmentInstallationVisits, int Meetings, int ProblemsRaised, int ProblemsSolved, bool Closed);

/// <summary>The pipeline's totals over the projects that entered in the period (the seed counts 100+ projects, 20+ meetings, 70+ problems solved).</summary>
public sealed record FastApprovalReport(
    int Projects, int Closed, int SiteVisits, int Meetings, int ProblemsRaised, int ProblemsSolved, IReadOnlyList<FastApprovalProjectFigures> ByProject)
{
    public static FastApprovalReport Of(IReadOnlyList<FastApprovalProject> projects)
    {
        var rows = projects.OrderBy(p => p.EnteredAt).ThenBy(p => p.Id).Select(p => new FastApprovalProjectFigures(
            p.Id, p.Name, p.InvestorCreditCode.Value, p.ProjectType, p.OfficerName, p.Officers.Count, p.SiteVisits.Count,
            p.SiteVisits.Count(v => v.Phase == ConstructionPhase.Foundation), p.SiteVisits.Count(v => v.Phase == ConstructionPhase.MainStructure),
            p.SiteVisits.Count(v => v.Phase == ConstructionPhase.EquipmentInstallation), p.Meetings.Count, p.Problems.Count,
            p.Problems.Count(x => x.Solved), p.Closed)).ToList();
        return new FastApprovalReport(rows.Count, rows.Count(r => r.Closed), rows.Sum(r => r.SiteVisits), rows.Sum(r => r.Meetings),
            rows.Sum(r => r.ProblemsRaised), rows.Sum(r => r.ProblemsSolved), rows);
    }
}

public static class FastApprovalReportEndpoint
{
    [WolverineGet("/api/licensing/fast-approval/report")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.DepartmentHandler},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("快审流水线统计 / Fast-approval pipeline report")]
    [EndpointDescription("Per project and in total: site visits, special service meetings, problems raised and solved, for projects that entered between `from` and `to` (Asia/Shanghai dates, both optional and inclusive). Also the SQL table licensing.fast_approval_projects.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<FastApprovalReport> Get(DateOnly? from, DateOnly? to, IQuerySession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.DepartmentHandler) FastApprovalAccess.EnsureRunsPipeline(actor);
        DateRange.Validate(from, to, required: false);
        var projects = await session.Query<FastApprovalProject>().ToListAsync(cancellation);
        return FastApprovalReport.Of(projects.Where(p => DateRange.Contains(from, to, calendar.LocalDay(p.EnteredAt))).ToList());
    }
}
