namespace Nanchuan.LandUse.Domain.Materials;

/// <summary>The facts that decide conditional materials at one stage.</summary>
/// <param name="TopographicMapSurveyedOn">When the 1:500 topographic map in the file was surveyed (null: none on file yet).</param>
/// <param name="Today">The day of the submission, in Asia/Shanghai.</param>
internal sealed record StageFacts(
    DateOnly Today, DateOnly? TopographicMapSurveyedOn, bool CommitmentRoute, bool SmallLowRiskSocialInvestment,
    bool MajorOrSpecialWorks, bool CollectiveOrJointHousing, bool LandCertificateInRegistrationSystem)
{
    /// <summary>现势性时限超一年: more than one year between the survey and today.</summary>
    public bool MapOlderThanOneYear => TopographicMapSurveyedOn is { } surveyed && surveyed.AddYears(1) < Today;

    public bool Holds(ConditionKind kind) => kind switch
    {
        ConditionKind.TopographicMapOlderThanOneYear => MapOlderThanOneYear,
        ConditionKind.CommitmentRoute => CommitmentRoute,
        ConditionKind.SmallLowRiskSocialInvestment => SmallLowRiskSocialInvestment,
        ConditionKind.MajorOrSpecialWorks => MajorOrSpecialWorks,
        ConditionKind.CollectiveOrJointHousing => CollectiveOrJointHousing,
        ConditionKind.LandCertificateNotInRegistrationSystem => !LandCertificateInRegistrationSystem,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
