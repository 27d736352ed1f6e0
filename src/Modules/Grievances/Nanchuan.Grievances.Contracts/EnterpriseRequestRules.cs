using Nanchuan.BuildingBlocks.Contacts;

namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// What the Grievances module requires of a request's enterprise, contact and content — the same rules its own intake
/// applies — published so that a module forwarding a request (<see cref="LodgeEnterpriseRequest"/>) refuses what
/// Grievances would refuse before it answers its user: an accepted request must never fail later in the handler.
/// </summary>
public static class EnterpriseRequestRules
{
    /// <summary>Field errors (camelCase names, Chinese / English), empty when the four fields are acceptable.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(string? enterpriseName, string? contactPerson, string? phone, string? content)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "enterpriseName", enterpriseName, "企业名称", "the enterprise name");
        Require(errors, "contactPerson", contactPerson, "联系人", "the contact person");
        if (Require(errors, "phone", phone, "联系电话", "the phone number") && !PhoneNumbers.IsPlausible(phone))
            errors["phone"] = [$"联系电话格式不正确 / the phone number is not a valid phone number ('{phone}')."];
        Require(errors, "content", content, "诉求内容", "the content of the request");
        return errors;
    }

    private static bool Require(Dictionary<string, string[]> errors, string field, string? value, string chineseName, string englishName)
    {
        if (!string.IsNullOrWhiteSpace(value)) return true;
        errors[field] = [$"{chineseName}不能为空 / {englishName} is required."];
        return false;
    }
}
