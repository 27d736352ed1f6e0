using Nanchuan.Utilities.Domain;

namespace Nanchuan.Utilities.Access;

/// <summary>
/// Who may see and act on which connection. A provider's staff are DepartmentHandler users whose department is the provider's
/// name (e.g. 国网南川供电公司): they see and handle their own company's connections only. 区经济信息委 (the plan's lead and the
/// gas price authority), the BusinessOffice, supervisors and window clerks see every connection; an enterprise only its own.
/// Every refusal is a 403 with the reason.
/// </summary>
internal static class UtilityAccess
{
    public const string Readers = $"{Roles.Enterprise},{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}";

    public static bool ReadsEverything(Actor actor) =>
        actor.IsIn(Roles.BusinessOffice, Roles.Supervisor, Roles.WindowClerk) || IsEconomicCommission(actor);

    public static bool IsEconomicCommission(Actor actor) => actor.Role == Roles.DepartmentHandler && actor.Department == Providers.EconomicCommission;

    public static void EnsureCanSee(Actor actor, IWatchedCase connection)
    {
        if (ReadsEverything(actor)) return;
        if (actor.Role == Roles.Enterprise)
        {
            EnsureOwn(actor, connection.CreditCode);
            return;
        }
        if (actor.Role == Roles.DepartmentHandler && actor.Department == connection.Provider) return;
        throw new AccessDeniedException($"{actor.Department ?? actor.Role}无权查阅{connection.Provider}的报装 / you may not read {connection.Provider}'s connections.");
    }

    /// <summary>The provider's own staff (e.g. the power company recording power on).</summary>
    public static void EnsureProvider(Actor actor, string provider)
    {
        if (actor.Role != Roles.DepartmentHandler || actor.Department != provider)
            throw new AccessDeniedException($"只有{provider}的工作人员可以办理 / only {provider}'s staff may do this.");
    }

    /// <summary>An application: the enterprise itself, a window clerk, or the provider's staff.</summary>
    public static void EnsureMayApply(Actor actor, string provider, string? creditCode)
    {
        if (actor.Role == Roles.Enterprise)
        {
            EnsureOwn(actor, creditCode);
            return;
        }
        if (actor.Role == Roles.WindowClerk) return;
        EnsureProvider(actor, provider);
    }

    /// <summary>A step the applicant or the provider may record (e.g. the completion inspection request).</summary>
    public static void EnsureApplicantOrProvider(Actor actor, IWatchedCase connection)
    {
        if (actor.Role == Roles.Enterprise)
        {
            EnsureOwn(actor, connection.CreditCode);
            return;
        }
        EnsureProvider(actor, connection.Provider);
    }

    public static void EnsureOwn(Actor actor, string? creditCode)
    {
        if (actor.CreditCode is null || !string.Equals(actor.CreditCode, creditCode?.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new AccessDeniedException("企业只能办理和查阅本企业的报装 / an enterprise may act only on its own connections.");
    }
}
