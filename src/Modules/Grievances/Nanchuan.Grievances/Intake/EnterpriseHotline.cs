using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Grievances.Intake;

/// <summary>The hotline hours of the intake policy, as other modules see them.</summary>
public sealed class EnterpriseHotline(IntakePolicy policy) : IEnterpriseHotline
{
    public TimeOnly Opens => policy.HotlineOpens;

    public TimeOnly Closes => policy.HotlineCloses;

    public bool Answers(DateTimeOffset at) => policy.IsWithinHotlineHours(at);
}
