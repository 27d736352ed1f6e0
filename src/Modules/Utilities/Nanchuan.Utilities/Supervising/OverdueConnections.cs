using Nanchuan.Utilities.Reports;

namespace Nanchuan.Utilities.Supervising;

/// <summary>An overdue connection on the supervision list: which deadline it missed, and the notices (督办) issued on it.</summary>
/// <param name="Utility">power, water or gas.</param>
/// <param name="Deadline">The missed deadline.</param>
public sealed record OverdueConnection(
    Guid Id,
    string Utility,
    string Provider,
    string CreditCode,
    string EnterpriseName,
    UtilityDeadline Deadline,
    DateTimeOffset DueAt,
    int SupervisionNotices,
    DateTimeOffset? LastSupervisedAt);

public static class OverdueConnectionsEndpoint
{
    [WolverineGet($"{UtilitiesModule.Route}/overdue-connections")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("超期报装及督办情况 / Overdue connections and their supervision notices")]
    [EndpointDescription("Power, water and gas connections with a deadline passed and its step still open, oldest deadline first, with the supervision notices (督办) issued on each. `supervised=true` lists only the supervised ones, `false` only those not yet supervised. The BusinessOffice and supervisors see all; a provider's staff their own company's (区经济信息委 all). From the SQL table utilities.connection_rows.")]
    public static async Task<IReadOnlyList<OverdueConnection>> Get(bool? supervised, IQuerySession session, CancellationToken cancellation)
    {
        var overdue = supervised switch
        {
            true => "(overdue or payment_overdue) and supervision_notices > 0",
            false => "(overdue or payment_overdue) and supervision_notices = 0",
            null => "(overdue or payment_overdue)",
        };
        var rows = (await ConnectionReports.VisibleRows(session, cancellation, overdue)).OrderBy(r => r.OverdueDueAt);
        return rows.Select(r => new OverdueConnection(r.ConnectionId, r.Utility, r.Provider, r.CreditCode, r.EnterpriseName, Enum.Parse<UtilityDeadline>(r.OverdueDeadline!, ignoreCase: true), r.OverdueDueAt!.Value,
            r.SupervisionNotices, r.LastSupervisedAt)).ToList();
    }
}
