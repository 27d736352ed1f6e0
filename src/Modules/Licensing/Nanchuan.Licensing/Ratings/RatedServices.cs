using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.EnterpriseHome;
using Nanchuan.Licensing.FinancialStreet;
using Nanchuan.Licensing.Registration;

namespace Nanchuan.Licensing.Ratings;

/// <summary>
/// Reads a rated case of each of the hall's services from its own read model (ADR 0095): the one place that knows what "finished" means
/// for each. The window is the staff member who recorded the case's first event (受理窗口), from the event's metadata, never the client.
/// </summary>
internal static class RatedServices
{
    /// <summary>The department that serves the financial street's requests (the banks' windows in the company-start zone).</summary>
    public const string FinancialStreet = "大厅金融街";

    /// <summary>The department of company registrations at the 近快办 points.</summary>
    public const string MarketSupervision = "区市场监管局";

    public static async Task<RatedService> FindAsync(IQuerySession session, RatedServiceKind kind, Guid caseId, CancellationToken cancellation)
    {
        var found = kind switch
        {
            RatedServiceKind.Application or RatedServiceKind.Package => await ApplicationAsync(session, kind, caseId, cancellation),
            RatedServiceKind.Registration => await RegistrationAsync(session, caseId, cancellation),
            RatedServiceKind.DeskRequest => await DeskRequestAsync(session, caseId, cancellation),
            _ => await FinancingAsync(session, caseId, cancellation),
        };
        if (found is null) throw new NotFoundException($"没有编号为 {caseId} 的{Label(kind)} / no {kind} with id {caseId}.");
        return found with { Window = await WindowAsync(session, caseId, cancellation) };
    }

    public static string Label(RatedServiceKind kind) => kind switch
    {
        RatedServiceKind.Application => "办件",
        RatedServiceKind.Package => "一件事一次办",
        RatedServiceKind.Registration => "设立登记",
        RatedServiceKind.DeskRequest => "企业之家诉求",
        _ => "融资需求",
    };

    private static async Task<RatedService?> ApplicationAsync(IQuerySession session, RatedServiceKind kind, Guid id, CancellationToken cancellation)
    {
        var application = await session.LoadAsync<ServiceApplication>(id, cancellation);
        if (application is null || (kind == RatedServiceKind.Package) != (application.Parts.Count > 0)) return null;
        return new RatedService(kind, id, application.ItemName, application.CreditCode.Value, application.EnterpriseName, application.Department,
            BuildingBlocks.Actors.ServicePoints.Hall, null, application.Finished, ServiceApplication.StatusLabel(application.Status));
    }

    private static async Task<RatedService?> RegistrationAsync(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var registration = await session.LoadAsync<CompanyRegistration>(id, cancellation);
        return registration is null ? null : new RatedService(RatedServiceKind.Registration, id, $"{registration.CompanyName}设立登记",
            registration.CreditCode?.Value, registration.CompanyName, MarketSupervision, registration.ServicePoint, null,
            registration.Status == RegistrationStatus.Issued, CompanyRegistration.StatusLabel(registration.Status));
    }

    /// <summary>The desk's own service ends when it forwards the request (ADR 0035); the handling is rated in Grievances, on the same scale.</summary>
    private static async Task<RatedService?> DeskRequestAsync(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        return events.Select(e => e.Data).OfType<DeskRequestForwarded>().FirstOrDefault() is { } forwarded
            ? new RatedService(RatedServiceKind.DeskRequest, id, "企业之家诉求受理", forwarded.CreditCode.Value, forwarded.EnterpriseName, DeskRequestOversight.Desk,
                BuildingBlocks.Actors.ServicePoints.Hall, null, true, "已转企呼我为闭环办理")
            : null;
    }

    /// <summary>Finished when every chosen bank gave its final answer (approved or declined).</summary>
    private static async Task<RatedService?> FinancingAsync(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var request = await session.LoadAsync<FinancingRequest>(id, cancellation);
        if (request is null) return null;
        var referrals = await session.Query<FinancingReferral>().Where(r => r.RequestId == id).ToListAsync(cancellation);
        var finished = referrals.Count > 0 && referrals.All(r => r.Status is ReferralStatus.Approved or ReferralStatus.Declined);
        return new RatedService(RatedServiceKind.FinancingRequest, id, $"融资需求：{request.Product}", request.CreditCode, request.EnterpriseName,
            FinancialStreet, BuildingBlocks.Actors.ServicePoints.Hall, null, finished, finished ? "各银行已答复" : "待银行答复");
    }

    private static async Task<RatedWindow?> WindowAsync(IQuerySession session, Guid caseId, CancellationToken cancellation)
    {
        var first = (await session.Events.FetchStreamAsync(caseId, version: 1, token: cancellation)).FirstOrDefault();
        if (first?.GetHeader(EventHeaders.Role)?.ToString() != Roles.WindowClerk) return null;
        return first.GetHeader(EventHeaders.ActorId)?.ToString() is { } staffId
            ? new RatedWindow(staffId, first.GetHeader(EventHeaders.ActorName)?.ToString() ?? staffId)
            : null;
    }
}
