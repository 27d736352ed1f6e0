namespace Nanchuan.Awards.Domain;

/// <summary>Chinese names for answers, histories and the public pages; the 409 of an action outside its phase names the phase.</summary>
internal static class Labels
{
    public static string ToChinese(this ContestPhase phase) => phase switch
    {
        ContestPhase.Submission => "申报",
        ContestPhase.Preliminary => "初选",
        ContestPhase.OnlineVote => "网络票选",
        ContestPhase.Final => "决赛",
        ContestPhase.Approval => "确定入选",
        ContestPhase.Award => "表彰奖励",
        _ => "已表彰",
    };

    public static string ToChinese(this ApprovingBody body) => body == ApprovingBody.ExecutiveMeeting ? "区政府常务会议" : "区委常委会";

    /// <summary>Refuses an action outside its phase: 409 naming the phase the contest is in.</summary>
    public static void Require(this Contest contest, ContestPhase phase, string action)
    {
        if (contest.Phase != phase)
            throw new InvalidStateTransitionException($"{contest.Phase.ToChinese()}阶段", action,
                $"{contest.Year}年度评选当前处于“{contest.Phase.ToChinese()}”阶段，“{action}”只能在“{phase.ToChinese()}”阶段进行 / " +
                $"the {contest.Year} contest is in its {contest.Phase} phase; this is done in the {phase} phase.");
    }
}
