namespace Nanchuan.Judiciary.Access;

/// <summary>
/// Natural persons' names and phone numbers are personal data: only those handling the case see them (issue 18 point 8).
/// Everyone else sees the surname and the phone's first three and last four digits.
/// </summary>
internal static class PersonalData
{
    public static IReadOnlyList<Party> For(Actor actor, DisputeCase dispute) =>
        JudiciaryAccess.Handles(actor, dispute) ? dispute.Parties : [.. dispute.Parties.Select(Masked)];

    public static Party Masked(Party party) => party.Kind == PartyKind.NaturalPerson
        ? party with { Name = MaskName(party.Name), Phone = party.Phone is null ? null : MaskPhone(party.Phone) }
        : party;

    private static string MaskName(string name) => name.Length <= 1 ? "*" : name[..1] + new string('*', name.Length - 1);

    private static string MaskPhone(string phone) => phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
