using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Utilities.Enterprises;

/// <summary>The applicant of a connection: its code, its name, and the licence data when the platform knows the company.</summary>
internal sealed record Applicant(string CreditCode, string Name, KnownEnterprise? Registered);

internal static class Applicants
{
    /// <summary>
    /// Resolves the applicant from its credit code: a registered company's licence data is reused and its registered name wins;
    /// otherwise the name given is required. Problems are added to <paramref name="errors"/>.
    /// </summary>
    public static async Task<Applicant?> ResolveAsync(IQuerySession session, string? creditCode, string? enterpriseName, Dictionary<string, string[]> errors,
        CancellationToken cancellation)
    {
        if (!UnifiedSocialCreditCode.TryParse(creditCode, out var code, out var error))
        {
            errors["creditCode"] = [error!];
            return null;
        }
        var registered = await session.LoadAsync<KnownEnterprise>(code.Value, cancellation);
        if (registered is not null) return new Applicant(code.Value, registered.Name, registered);
        if (string.IsNullOrWhiteSpace(enterpriseName))
        {
            errors["enterpriseName"] = ["该企业尚未在平台登记，请填写企业名称 / the company is not registered on the platform: give its name."];
            return null;
        }
        return new Applicant(code.Value, enterpriseName.Trim(), null);
    }
}
