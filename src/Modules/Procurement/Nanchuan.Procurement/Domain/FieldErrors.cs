using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Procurement.Domain;

/// <summary>Collects field errors so one 400 answer lists every problem of the input (camelCase field names, Chinese / English).</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
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

    /// <summary>A positive amount of CNY to the fen, or an error on the field.</summary>
    public void Money(string field, decimal? value, string chineseName, string englishName)
    {
        if (value is null) Add(field, $"请填写{chineseName} / {englishName} is required.");
        else if (value <= 0 || decimal.Round(value.Value, 2) != value)
            Add(field, $"{chineseName}须为正数，以元为单位最多两位小数 / {englishName} must be positive, in CNY with at most two decimals.");
    }

    public void RequireAndThrow(string field, string? value, string chineseName, string englishName)
    {
        RequireText(field, value, chineseName, englishName);
        ThrowIfAny();
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
