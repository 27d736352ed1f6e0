namespace Nanchuan.LandUse.Contracts;

/// <summary>A fact about the project or the stage that changes whether, or by whom, a material is supplied.</summary>
public enum ConditionKind
{
    /// <summary>The 1:500 topographic map is older than one year (现势性时限超一年).</summary>
    TopographicMapOlderThanOneYear,
    /// <summary>The enterprise chose the commitment route (告知承诺) for an industrial or warehouse building.</summary>
    CommitmentRoute,
    /// <summary>A small, low-risk social investment project (社会投资小型低风险建设项目).</summary>
    SmallLowRiskSocialInvestment,
    /// <summary>Special works, or major works in transport, water, energy and similar fields.</summary>
    MajorOrSpecialWorks,
    /// <summary>Collective housing (集资建房), affordable housing (经济适用房) or a joint-construction project (联建).</summary>
    CollectiveOrJointHousing,
    /// <summary>The land-use certificate is not recorded in the real-estate registration system.</summary>
    LandCertificateNotInRegistrationSystem,
}

/// <summary>What the condition does to the material when it holds.</summary>
public enum ConditionEffect
{
    /// <summary>The material is needed only when the condition holds.</summary>
    RequiredOnlyWhen,
    /// <summary>The material is not needed when the condition holds.</summary>
    NotNeededWhen,
    /// <summary>An exempt material must be brought by the applicant when the condition holds.</summary>
    ApplicantProvidesWhen,
    /// <summary>The applicant brings <see cref="MaterialCondition.Replacement"/> instead when the condition holds.</summary>
    ReplacedWhen,
}

/// <param name="Replacement">For <see cref="ConditionEffect.ReplacedWhen"/>: the material brought instead.</param>
/// <param name="Note">The seed's wording of the condition.</param>
public sealed record MaterialCondition(ConditionKind Kind, ConditionEffect Effect, string Note, string? Replacement = null);
