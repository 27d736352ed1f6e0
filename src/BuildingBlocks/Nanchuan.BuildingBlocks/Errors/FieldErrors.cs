using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.BuildingBlocks.Errors;

/// <summary>
/// Collects field errors so one 400 answer lists every problem of the input (camelCase field names, Chinese / English):
/// the one collector of the modules built from the template (it had been copied into each of them).
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public void AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors) foreach (var message in messages) Add(field, message);
    }

    public void If(bool broken, string field, string message)
    {
        if (broken) Add(field, message);
    }

    public void RequireText(string field, string? value, string chineseName, string englishName)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"请填写{chineseName} / {englishName} is required.");
    }

    /// <summary>The trimmed text, or an error on the field when there is none.</summary>
    public string Text(string field, string? value, string chineseName, string englishName)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        Add(field, $"请填写{chineseName} / {englishName} is required.");
        return "";
    }

    /// <summary>The value, or an error on the field when it is missing (a required field is never defaulted).</summary>
    public T Required<T>(string field, T? value, string chineseName, string englishName) where T : struct
    {
        if (value is { } given) return given;
        Add(field, $"请填写{chineseName} / {englishName} is required.");
        return default;
    }

    /// <summary>A positive amount of money in CNY (分 at most), or an error on the field.</summary>
    public decimal Money(string field, decimal? value, string chineseName, string englishName)
    {
        var amount = Required(field, value, chineseName, englishName);
        if (value is null) return 0;
        If(amount <= 0 || decimal.Round(amount, 2) != amount, field, $"{chineseName}应为大于0的金额（元，至多两位小数） / {englishName} must be a positive amount in CNY with at most two decimals.");
        return amount;
    }

    /// <summary>A valid unified social credit code (upper-cased), or an error on the field.</summary>
    public string CreditCode(string field, string? value)
    {
        if (UnifiedSocialCreditCode.TryParse(value, out var code, out var error)) return code.Value;
        Add(field, string.IsNullOrWhiteSpace(value) ? "请填写统一社会信用代码 / the unified social credit code is required." : error!);
        return "";
    }

    public void ThrowIfAny()
    {
        if (Any) throw new DomainValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
