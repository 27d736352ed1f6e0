using Nanchuan.BuildingBlocks.Oversight;
using Wolverine;

namespace Nanchuan.Licensing.EnterpriseHome.Meetings;

/// <summary>
/// A coordination meeting on the oversight contract (ADR 0035): opened by 企业之家 when convened, closed when its last decision is done (on time
/// when every decision was done by its due time) or at the minutes when nothing was left to do. Decision deadlines carry their owner department.
/// </summary>
internal static class MeetingOversight
{
    public static readonly OversightCaseType Type = new(LicensingModule.ModuleName, MeetingDeadlines.Type);

    public static void Of(OutgoingMessages outgoing, CoordinationMeeting after, object recorded)
    {
        switch (recorded)
        {
            case CoordinationMeetingConvened convened:
                outgoing.Add(Type.Opened(after.Id, after.CreditCode, DeskRequestOversight.Desk, $"协调议事：{after.EnterpriseName}，{after.Matter}", convened.ConvenedAt));
                break;
            case CoordinationMinutesRecorded minutes when after.Status == MeetingStatus.Closed:
                outgoing.Add(Type.Closed(after.Id, after.CreditCode, DeskRequestOversight.Desk, "会议无交办事项", null, minutes.RecordedAt));
                break;
            case CoordinationDecisionCompleted completed when after.Status == MeetingStatus.Closed:
                outgoing.Add(Type.Closed(after.Id, after.CreditCode, DeskRequestOversight.Desk, "议定事项全部办结",
                    after.Decisions.All(d => d.OnTime == true), completed.At));
                break;
        }
    }
}
