using JasperFx.Events;
using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Incentives.Cases;

/// <summary>The agreement as a case: its name for 404 answers, its oversight events, and a step that records several events.</summary>
internal static class AgreementCases
{
    public const string CaseType = "investment-agreement";

    public static readonly CaseName Name = new("招商签约协议", "investment agreement");

    private static readonly OversightCaseType Agreements = new(IncentivesModule.ModuleName, CaseType);

    public static OversightCase Of(Agreement agreement) => Agreements.Case(agreement.Id, agreement.CreditCode, Departments.ParkCommittee);

    public static CaseOpened Opened(Agreement agreement) => Agreements.Opened(agreement.Id, agreement.CreditCode, Departments.ParkCommittee,
        $"招商签约协议{agreement.Number}：{agreement.EnterpriseName}（{agreement.Project}）", agreement.RecordedAt,
        reference: agreement.Number, enterpriseName: agreement.EnterpriseName);

    /// <summary>Both sides kept every promise: the case ends. On time when no milestone was at risk and no item paid late.</summary>
    public static CaseClosed Closed(Agreement agreement, bool onTime) =>
        Agreements.Closed(agreement.Id, agreement.CreditCode, Departments.ParkCommittee, "双兑现完成", onTime, agreement.HonouredAt!.Value);

    /// <summary>Appends a decision's events (the first is the step, the rest follow from it) and says what was recorded.</summary>
    public static CaseStepRecorded Record(IEventStream<Agreement> stream, IReadOnlyList<IAgreementEvent> events)
    {
        var answer = CaseStreams.Append(stream, events[0]);
        foreach (var follow in events.Skip(1)) stream.AppendOne(follow);
        return answer with { Version = answer.Version + events.Count - 1 };
    }
}
