namespace Nanchuan.BuildingBlocks.PersonalData;

/// <summary>
/// How personal data shows to a reader who does not handle the case (docs/adr/0068): enough to tell people apart on a
/// screen, not enough to identify or call them. One rule for every module.
/// </summary>
public static class PersonalDataMasks
{
    /// <summary>The surname's first character, the rest starred: 张三丰 → 张**, 李 → *.</summary>
    public static string Name(string name) => name.Length <= 1 ? new string('*', name.Length) : name[..1] + new string('*', name.Length - 1);

    /// <summary>The first three and last four characters, the middle starred: 13800000000 → 138****0000; a short number is starred whole.</summary>
    public static string Phone(string phone) => phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    /// <summary>
    /// A resident identity number (居民身份证号码) keeps its first six characters (the issuing region) and last four:
    /// 500119199001011234 → 500119********1234; a short one is starred whole.
    /// </summary>
    public static string IdNumber(string idNumber) =>
        idNumber.Length <= 10 ? new string('*', idNumber.Length) : idNumber[..6] + new string('*', idNumber.Length - 10) + idNumber[^4..];
}
