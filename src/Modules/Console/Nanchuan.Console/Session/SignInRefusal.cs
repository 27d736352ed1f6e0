namespace Nanchuan.Console.Session;

/// <summary>
/// Why the identity provider's sign-in was refused, as a code (ADR 0139): the OIDC handler sends the browser to the sign-in
/// page with <c>?problem={code}</c>, and the page shows the code's Chinese and English text. No text of the provider's or the
/// platform's travels in the address; the full reason is in the log with the provider's subject.
/// </summary>
internal sealed class SignInRefusal(string code, string reason) : Exception(reason)
{
    public const string NoIdentity = "identity";
    public const string Failed = "failed";

    /// <summary>The code of the first check that failed, in the order a user can act on: role, unit, credit code, workplace.</summary>
    private static readonly string[] Checks = ["role", "department", "creditCode", "servicePoint"];

    private static readonly Dictionary<string, string> Texts = new()
    {
        [NoIdentity] = "登录被拒绝：统一身份认证平台未提供用户编号或姓名 / sign-in refused: the identity provider sent no subject or name.",
        ["role"] = "登录被拒绝：统一身份认证平台未提供本平台的有效角色 / sign-in refused: the identity provider gave no valid role of this platform.",
        ["department"] = "登录被拒绝：所属部门不是机构目录中在用的单位 / sign-in refused: the department is not an active unit of the directory.",
        ["creditCode"] = "登录被拒绝：统一社会信用代码无效 / sign-in refused: the unified social credit code is invalid.",
        ["servicePoint"] = "登录被拒绝：窗口人员须有工作地点（政务服务大厅或近快办服务点）/ sign-in refused: a window clerk needs a service point.",
        [Failed] = "登录失败，请重试或联系管理员 / sign-in failed; try again or ask an administrator.",
    };

    public string Code { get; } = code;

    public static SignInRefusal Of(IReadOnlyDictionary<string, string[]> errors) =>
        new(Checks.FirstOrDefault(errors.ContainsKey) ?? Failed, string.Join(" ", errors.Values.SelectMany(v => v)));

    /// <summary>The page's text for a code; an unknown code reads as a failed sign-in.</summary>
    public static string? Text(string? code) => code is null ? null : Texts.GetValueOrDefault(code, Texts[Failed]);
}
