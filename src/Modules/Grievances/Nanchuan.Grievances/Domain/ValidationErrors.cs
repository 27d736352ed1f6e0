using Nanchuan.BuildingBlocks.Contacts;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.Grievances.Domain;

/// <summary>Collects field errors so one answer lists every problem of the input (RFC 9457 field errors, camelCase field names).</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages)) errors[field] = messages = [];
        messages.Add(message);
    }

    public void AddAll(IReadOnlyDictionary<string, string[]> fieldErrors)
    {
        foreach (var (field, messages) in fieldErrors) foreach (var message in messages) Add(field, message);
    }

    public void RequireText(string field, string? value, string chineseName, string englishName)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"{chineseName}不能为空 / {englishName} is required.");
    }

    public void RequirePhone(string field, string? value, string chineseName, string englishName)
    {
        if (string.IsNullOrWhiteSpace(value)) RequireText(field, value, chineseName, englishName);
        else if (!PhoneNumbers.IsPlausible(value)) Add(field, $"{chineseName}格式不正确 / {englishName} is not a valid phone number ('{value}').");
    }

    /// <summary>Adds <paramref name="message"/> when <paramref name="broken"/> holds.</summary>
    public void If(bool broken, string field, string message)
    {
        if (broken) Add(field, message);
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0) throw new DomainValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
