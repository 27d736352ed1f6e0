using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Registration;

/// <summary>
/// 组织机构代码 (GB 11714-1997): 8 body characters and a check character. The body of the n-th code allocated by
/// the registration ledger is "MA" followed by n written in base 31 over the credit-code alphabet (6 characters,
/// so no I, O, S, V, Z ever appears); the check character is C9 = 11 − (Σ value(Ci) × Wi mod 11) with weights
/// 3, 7, 9, 10, 5, 8, 4, 2, written 'X' for 10 and '0' for 11 (digits count their value, letters A = 10 … Z = 35).
/// </summary>
internal static class OrganisationCode
{
    /// <summary>统一社会信用代码 prefix of every company registered here: authority 9 (工商/市场监管), type 1 (企业), division 500119 (南川区).</summary>
    public const string CreditCodePrefix = "91500119";

    private const string BodyPrefix = "MA";
    private const int SequenceDigits = 6;
    private static readonly long Capacity = (long)Math.Pow(UnifiedSocialCreditCode.Alphabet.Length, SequenceDigits);

    /// <summary>The 9-character organisation code for the ledger's sequence number (1, 2, 3 …).</summary>
    public static string ForSequence(long sequence)
    {
        if (sequence < 1 || sequence >= Capacity) throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "The organisation code sequence is exhausted or invalid.");
        var digits = new char[SequenceDigits];
        var rest = sequence;
        for (var i = SequenceDigits - 1; i >= 0; i--)
        {
            digits[i] = UnifiedSocialCreditCode.Alphabet[(int)(rest % UnifiedSocialCreditCode.Alphabet.Length)];
            rest /= UnifiedSocialCreditCode.Alphabet.Length;
        }
        var body = BodyPrefix + new string(digits);
        return body + CheckCharacter(body);
    }

    /// <summary>The credit code of the n-th company: prefix, organisation code, GB 32100 check character.</summary>
    public static UnifiedSocialCreditCode CreditCodeForSequence(long sequence) =>
        UnifiedSocialCreditCode.FromBody(CreditCodePrefix + ForSequence(sequence));

    /// <summary>GB 11714 check character of an 8-character body.</summary>
    public static char CheckCharacter(string body) => UnifiedSocialCreditCode.OrganisationCheckCharacter(body);
}
