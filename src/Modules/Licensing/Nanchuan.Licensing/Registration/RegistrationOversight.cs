using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Licensing.SpotChecks;

namespace Nanchuan.Licensing.Registration;

/// <summary>A registration's own events mirrored as the oversight contract's case events (ADR 0035), on the registration authority.</summary>
internal static class RegistrationOversight
{
    private static readonly OversightCaseType Type = new(LicensingModule.ModuleName, RegistrationDeadlines.Type);

    /// <summary>Filed: the company has no credit code yet.</summary>
    public static CaseOpened Opened(RegistrationFiled e) =>
        Type.Opened(e.RegistrationId, null, SpotCheckEndpoints.RegistrationAuthority, $"设立登记：{e.CompanyName}", e.FiledAt, enterpriseName: e.CompanyName);

    /// <summary>The licence issued, under the credit code it gave the company.</summary>
    public static CaseClosed Closed(LicenceIssued e) =>
        Type.Closed(e.RegistrationId, e.CreditCode.Value, SpotCheckEndpoints.RegistrationAuthority, "已发照", e.WithinLimit, e.IssuedAt);
}
