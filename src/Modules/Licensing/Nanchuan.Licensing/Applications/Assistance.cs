using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Applications;

/// <summary>
/// 帮办代办: who acted for which enterprise, on every event the helper performs. The helper is the signed-in staff member
/// (from the token, never the request body): its id, name and service point; the enterprise is the case's, with its credit
/// code (null for a company not yet registered).
/// </summary>
public sealed record Assistance(string HelperId, string HelperName, string? ServicePoint, string EnterpriseName, UnifiedSocialCreditCode? CreditCode)
{
    /// <summary>The signed-in <paramref name="staff"/> acting for the enterprise.</summary>
    public static Assistance By(Actor staff, string enterpriseName, UnifiedSocialCreditCode? creditCode) =>
        new(staff.Id, staff.Name, staff.ServicePoint, enterpriseName.Trim(), creditCode);

    /// <summary>"陈帮办代重庆某公司": for event descriptions.</summary>
    public string Describe() => $"{HelperName}代{EnterpriseName}";
}
