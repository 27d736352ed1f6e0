namespace Nanchuan.BuildingBlocks.Actors;

/// <summary>The roles of the specification (README, "Who uses it").</summary>
public static class Roles
{
    /// <summary>市场主体: a company identified by its unified social credit code.</summary>
    public const string Enterprise = nameof(Enterprise);
    /// <summary>综合窗口 clerk at the service hall or a service point.</summary>
    public const string WindowClerk = nameof(WindowClerk);
    /// <summary>Staff of one department; always carries a department.</summary>
    public const string DepartmentHandler = nameof(DepartmentHandler);
    /// <summary>区营商办: coordinates, assigns, supervises, closes, reports.</summary>
    public const string BusinessOffice = nameof(BusinessOffice);
    /// <summary>Discipline / audit staff: read everything, change nothing.</summary>
    public const string Supervisor = nameof(Supervisor);
    /// <summary>A citizen with a verified phone/WeChat identity (votes in the best-case contest).</summary>
    public const string Public = nameof(Public);
    /// <summary>Platform operators: catalogues, calendars, users.</summary>
    public const string Admin = nameof(Admin);
    /// <summary>The platform itself (scheduled deadlines, recomputations); never held by a user.</summary>
    public const string System = nameof(System);

    /// <summary>Every user role but <see cref="Public"/>: those who may read a case at all (each then only the cases it may see).</summary>
    public const string AllButPublic = $"{Enterprise},{WindowClerk},{DepartmentHandler},{BusinessOffice},{Supervisor},{Admin}";

    public static readonly IReadOnlyList<string> UserRoles =
        [Enterprise, WindowClerk, DepartmentHandler, BusinessOffice, Supervisor, Public, Admin];
}

/// <summary>The channel a command came through (platform rule 1).</summary>
public static class Channels
{
    public const string Window = "window";
    public const string Web = "web";
    public const string Phone = "phone";
    public const string Box = "box";
    public const string System = "system";

    public static readonly IReadOnlyList<string> All = [Window, Web, Phone, Box, System];

    /// <summary>
    /// The channel of a user's request before the endpoint says more (ADR 0032): a window clerk acts at a window; everyone
    /// else (enterprises, departments, the BusinessOffice, supervisors, the public, admins) through the platform's web
    /// application. Hotline and box endpoints narrow it to phone or box.
    /// </summary>
    public static string ForRole(string role) => role switch
    {
        Roles.WindowClerk => Window,
        Roles.System => System,
        _ => Web,
    };
}

/// <summary>
/// Who is acting: stamped on every event as metadata (actor id, role, department, channel) and used for access rules.
/// </summary>
/// <param name="Id">Stable user id (the token's subject).</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="Department">The department of a DepartmentHandler (e.g. 区市场监管局); null otherwise.</param>
/// <param name="CreditCode">The unified social credit code of an Enterprise user; null otherwise.</param>
/// <param name="Channel">One of <see cref="Channels"/>.</param>
/// <param name="ServicePoint">Where a WindowClerk works: the hall or one of the 20 <see cref="ServicePoints"/>; null otherwise.</param>
/// <param name="DepartmentId">The directory id of a DepartmentHandler's department (ADR 0059, e.g. qu-shichangjianguanju): what cases assigned by id are matched on.</param>
public sealed record Actor(string Id, string Name, string Role, string? Department, string? CreditCode, string Channel, string? ServicePoint = null, string? DepartmentId = null)
{
    public static readonly Actor System = new("system", "系统", Roles.System, null, null, Channels.System);

    public bool IsIn(params string[] roles) => roles.Contains(Role);
}
