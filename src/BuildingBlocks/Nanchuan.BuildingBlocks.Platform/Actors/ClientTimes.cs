using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>
/// Who may say when something happened (ADR 0033): what an enterprise submits happens when the server receives it, so an
/// enterprise that gives a time is refused rather than silently corrected; staff entering what happened elsewhere (a hotline
/// call, a box emptied) give its time, within the bounds of the use case.
/// </summary>
public static class ClientTimes
{
    public static void RefuseFromEnterprise(DateTimeOffset? given, string field)
    {
        if (given is not null && CurrentActor.Value.Role == Roles.Enterprise)
            throw new DomainValidationException(field,
                "企业提交的时间以平台收到的时刻为准，请勿填写 / what an enterprise submits is timed when the platform receives it; leave this time out.");
    }
}
