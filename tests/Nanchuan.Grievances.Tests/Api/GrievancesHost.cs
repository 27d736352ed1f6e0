using Nanchuan.Grievances.Reporting;
using Nanchuan.Testing;
using Wolverine;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The platform with a clock the tests set: "now" for assignments and reports is whatever the scenario needs.</summary>
public class GrievancesHost() : ModuleHost(GrievanceApi.At(2024, 5, 9, 10, 0))
{
    /// <summary>
    /// Waits until the monthly report holds the figures of every change committed so far. Refreshes run in batches, one
    /// batch at a time, and a tracked session counts a refresh as handled once it joined a batch, before the batch ran. So
    /// the wait sends a refresh of no request and waits for the batch that carries it: every batch before it has run.
    /// </summary>
    public Task MonthlyReportRefreshedAsync()
    {
        var marker = new RefreshMonthlyReport(Guid.NewGuid());
        return this.TrackAsync(bus => bus.PublishAsync(marker).AsTask(),
            tracking => tracking.WaitForExecutionOf<RefreshMonthlyReport[]>(batch => batch.Contains(marker)));
    }
}

[CollectionDefinition(Name)]
public sealed class GrievancesCollection : ICollectionFixture<GrievancesHost>
{
    public const string Name = "grievances-api";
}
