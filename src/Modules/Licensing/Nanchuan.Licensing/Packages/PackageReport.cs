using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Applications;

namespace Nanchuan.Licensing.Packages;

public static class PackageReport
{
    private static readonly IReadOnlyList<ExportColumn<PackageFigures>> Columns =
    [
        new("套餐编码", r => r.PackageCode), new("套餐名称", r => r.PackageName), new("申请数", r => r.Applications), new("办结数", r => r.Finished),
        new("减环节", r => r.StepsSaved), new("减时间（工作日）", r => r.WorkingDaysSaved), new("减材料", r => r.MaterialsSaved),
        new("减跑动", r => r.TripsSaved), new("实际跑动", r => r.VisitsRecorded),
    ];

    [WolverineGet("/api/licensing/packages/report")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("一件事一次办减环节、减时间、减材料、减跑动 / What the packages saved")]
    [EndpointDescription("Per package, over its finished applications (result issued or rejected): steps saved (3 per separate application against 1 front desk + one decision per item + 1 result), "
        + "working days saved (the items' promised limits added up minus the package's), materials saved (the items' checklists added up minus the merged set), "
        + "trips saved (one per separate application by default, minus the visits recorded). `format=csv` or `xlsx` downloads it; the rows are also the SQL table licensing.package_application_rows.")]
    [ProducesResponseType<List<PackageFigures>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(string? format, IQuerySession session, CancellationToken cancellation)
    {
        var applications = await session.Query<ServiceApplication>().Where(a => a.Savings != null).ToListAsync(cancellation);
        return TabularReply.For(format, "licensing-packages", Compute(applications), Columns);
    }

    public static IReadOnlyList<PackageFigures> Compute(IReadOnlyCollection<ServiceApplication> applications) =>
        applications.Where(a => a.Savings is not null).GroupBy(a => (a.ItemCode, a.ItemName)).OrderBy(g => g.Key.ItemCode).Select(g =>
        {
            var finished = g.Where(a => a.Finished).ToList();
            return new PackageFigures(g.Key.ItemCode, g.Key.ItemName, g.Count(), finished.Count,
                finished.Sum(a => a.Savings!.StepsSaved), finished.Sum(a => a.Savings!.WorkingDaysSaved), finished.Sum(a => a.Savings!.MaterialsSaved),
                finished.Sum(a => a.Savings!.SeparateTrips - a.Visits), finished.Sum(a => a.Visits));
        }).ToList();
}
