using System.Text.RegularExpressions;

namespace Nanchuan.LandUse.Domain.Projects;

/// <summary>
/// The one code (一码) of a land-use project, in the structure of the national investment project code (GB/T 40058-2021),
/// 24 characters: <c>YYMM-RRRRRR-DD-TT-XXXXXC</c> — year and month of issue, the district's division code (500119, Nanchuan),
/// a two-digit department code, a two-digit project type, five random characters from 0–9 and A–Z, and one check character.
/// Check character: ISO/IEC 7064 MOD 37,36 (hybrid system over the 36 characters 0–9, A–Z) computed over the 22 characters
/// without the hyphens: p = 36; for each character s = (p + value) mod 36 (0 becomes 36), p = 2s mod 37; the check value is
/// (37 − p) mod 36, so that running the same loop over all 23 characters ends with s = 1.
/// </summary>
internal static partial class ProjectCode
{
    public const string NanchuanDivision = "500119";
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    [GeneratedRegex("^[0-9]{2}(0[1-9]|1[0-2])-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9A-Z]{6}$")]
    private static partial Regex Shape();

    public static string Issue(DateOnly day, string departmentCode, string projectType, Random random)
    {
        var randomPart = new string(Enumerable.Range(0, 5).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        var body = $"{day:yyMM}-{NanchuanDivision}-{departmentCode}-{projectType}-{randomPart}";
        return body + CheckCharacter(body);
    }

    public static bool IsValid(string? code) =>
        code is { Length: 24 } && Shape().IsMatch(code) && CheckCharacter(code[..^1]) == code[^1];

    public static char CheckCharacter(string body)
    {
        var p = 36;
        foreach (var c in body.Where(c => c != '-'))
        {
            var s = (p + Alphabet.IndexOf(c)) % 36;
            if (s == 0) s = 36;
            p = s * 2 % 37;
        }
        return Alphabet[(37 - p) % 36];
    }
}
