namespace Nanchuan.Incentives.Domain;

/// <summary>
/// The departments the seed names for "双兑现": the industrial park committee runs it (ledgers, tracking, items under other
/// policies); the finance bureau schedules and pays the funds (统筹调度资金, a default: the seed says only "funds").
/// </summary>
internal static class Departments
{
    public const string ParkCommittee = "工业园区管委会";
    public const string Finance = "区财政局";
}
