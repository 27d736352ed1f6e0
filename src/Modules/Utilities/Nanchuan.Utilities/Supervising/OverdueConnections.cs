using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Utilities.Access;
using Nanchuan.Utilities.Reports;
using Wolverine.Http;

namespace Nanchuan.Utilities.Supervising;

/// <summary>An overdue connection on the supervision list: which deadline it missed, and the notices (督办) issued on it.</summary>
/// <param name="Utility">power, water or gas.</param>
/// <param name="Deadline">The missed deadline (PowerOn, WaterConnection, WaterPayment, GasSurvey, GasPlan).</param>
public sealed record OverdueConnection(
    Guid Id,
    string Utility,
    string Provider,
    string CreditCode,
    string EnterpriseName,
    string Deadline,
    DateTimeOffset DueAt,
    int SupervisionNotices,
    DateTimeOffset? LastSupervisedAt);

public static class OverdueConnectionsEndpoint
{
    [WolverineGet($"{UtilitiesModule.Route}/overdue-connections")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}")]
    [Tags(UtilitiesModule.Tag)]
    [EndpointSummary("超期报装及督办情况 / Overdue connections and their supervision notices")]
    [EndpointDescription("Power, water and gas connections with a deadline passed and its step still open, oldest deadline first, with the supervision notices (督办) issued on each. `supervised=true` lists only the supervised ones, `false` only those not yet supervised. The BusinessOffice and supervisors see all; a provider's staff their own company's (区经济信息委 all). From the report projection (SQL table utilities.mt_doc_connectionreportrow).")]
    public static async Task<IReadOnlyList<OverdueConnection>> Get(bool? supervised, IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<ConnectionReportRow>().Where(r => r.Overdue || r.PaymentOverdue);
        var ownDepartment = actor.Department ?? "";
        if (!UtilityAccess.ReadsEverything(actor)) query = query.Where(r => r.Provider == ownDepartment);
        if (supervised == true) query = query.Where(r => r.SupervisionNotices > 0);
        if (supervised == false) query = query.Where(r => r.SupervisionNotices == 0);
        var rows = await query.OrderBy(r => r.OverdueDueAt).ToListAsync(cancellation);
        return rows.Select(r => new OverdueConnection(r.Id, r.Utility, r.Provider, r.CreditCode, r.EnterpriseName, r.OverdueDeadline!, r.OverdueDueAt!.Value,
            r.SupervisionNotices, r.LastSupervisedAt)).ToList();
    }
}
