namespace Nanchuan.Enforcement.Domain;

/// <summary>
/// The exception inspections allowed outside the comprehensive regime (the seed: 专项监督检查、投诉举报、突发事件等). The list
/// ends in 等, so it is configuration: `Enforcement:ExceptionTypes:{code}={中文名}` adds or renames a type.
/// </summary>
public sealed class ExceptionTypes(IReadOnlyDictionary<string, string> types)
{
    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>
    {
        ["specialSupervision"] = "专项监督检查",
        ["complaint"] = "投诉举报",
        ["emergency"] = "突发事件",
    };

    public IReadOnlyDictionary<string, string> All { get; } = types;

    public bool Contains(string code) => All.ContainsKey(code);

    public string ChineseName(string code) => All.TryGetValue(code, out var name) ? name : code;
}
