using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Awards.Domain;

/// <summary>Collects field errors so one 400 answer lists every problem of the input (camelCase field names, Chinese / English).</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public void AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors) foreach (var message in messages) Add(field, message);
    }

    public void RequireText(string field, string? value, string chineseName, string englishName)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"请填写{chineseName} / {englishName} is required.");
    }

    /// <summary>A valid unified social credit code (upper-cased), or an error on the field.</summary>
    public string CreditCode(string field, string? value)
    {
        if (UnifiedSocialCreditCode.TryParse(value, out var code, out var error)) return code.Value;
        Add(field, string.IsNullOrWhiteSpace(value) ? "请填写统一社会信用代码 / the unified social credit code is required." : error!);
        return "";
    }

    public void If(bool broken, string field, string message)
    {
        if (broken) Add(field, message);
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new DomainValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
