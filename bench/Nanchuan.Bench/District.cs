using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Bench;

/// <summary>An enterprise of the generated district: its name and its 统一社会信用代码 (check characters computed).</summary>
public sealed record DistrictEnterprise(string Name, UnifiedSocialCreditCode CreditCode);

/// <summary>
/// S11's ten years of a district (bench/README.md, "S11: ten years in proportion"): every module's volume over ten years at full
/// size, from the seeds where they give one and from stated assumptions where they do not, all scaled by one factor —
/// <c>--scale-grievances</c> / 1,000,000 — so a smaller run keeps the proportions (ADR 0169).
/// </summary>
public sealed record District(int Grievances)
{
    /// <summary>Issue 21 point 5: a million enterprise requests (企呼我为) in ten years.</summary>
    public const int FullGrievances = 1_000_000;
    /// <summary>Seed 000 (spec/licensing.md): 720,200 applications a year, 653,400 of them immediate (即办件), for ten years.</summary>
    public const long FullImmediateApplications = 6_534_000;
    /// <summary>The rest of the seed's 720,200 a year: applications with a promised limit, decided by the item's department.</summary>
    public const long FullPromisedApplications = 668_000;
    /// <summary>Assumption: the enterprises the district's cases concern (the seeds give no count).</summary>
    public const int FullEnterprises = 20_000;

    public double Factor => (double)Grievances / FullGrievances;
    public int ImmediateApplications => Scaled(FullImmediateApplications);
    public int PromisedApplications => Scaled(FullPromisedApplications);
    /// <summary>Scaled too, so that an enterprise's thread holds what it would hold at full size.</summary>
    public int Enterprises => Math.Max(1, Scaled(FullEnterprises));

    private int Scaled(long full) => (int)Math.Round(full * Factor);

    /// <summary>
    /// The <paramref name="n"/>-th enterprise: the benchmark's sample enterprise first (its token reads its own thread), the others
    /// coded in Nanchuan (500119) with the number in base 31 as organisation body.
    /// </summary>
    public static DistrictEnterprise Enterprise(int n)
    {
        if (n == 0) return new DistrictEnterprise("重庆南川示例科技有限公司", GrievanceHistories.Enterprise);
        const string characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new char[6];
        for (int i = 5, rest = n; i >= 0; i--, rest /= characters.Length) body[i] = characters[rest % characters.Length];
        var organisation = "MA" + new string(body);
        var code = UnifiedSocialCreditCode.FromBody("91500119" + organisation + UnifiedSocialCreditCode.OrganisationCheckCharacter(organisation));
        return new DistrictEnterprise($"重庆南川示例企业{n:D5}有限公司", code);
    }
}
