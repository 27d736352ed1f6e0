using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Deadlines;

/// <summary>An overdue deadline a supervision notice (督办) is about, as the case's module names it.</summary>
/// <param name="Deadline">The deadline within the case, as the platform knows it (e.g. "Promised", "Rectification:IN-02").</param>
/// <param name="Label">What it is, in Chinese (e.g. "承诺办结时限").</param>
/// <param name="Department">The department responsible for its step: the notice is addressed to it.</param>
/// <param name="DueAt">When it fell due.</param>
public sealed record SupervisedDeadline(string Deadline, string Label, string Department, DateTimeOffset DueAt);

/// <summary>
/// 督办 (platform rule 4): the business office escalated a case's overdue deadlines, each to the department responsible for its
/// step. The kit's event, appended to the case's own stream by every module that opted in (ADR 0107); who issued it is in the
/// event's metadata, from the server's identity.
/// </summary>
/// <param name="CaseId">The case's stream id.</param>
/// <param name="Deadlines">The case's overdue deadlines the notice is about, longest overdue first.</param>
/// <param name="Demand">督办要求: what the departments are told to do, and by when.</param>
/// <param name="IssuedAt">When the notice was issued (server time).</param>
public sealed record OverdueCaseSupervised(Guid CaseId, IReadOnlyList<SupervisedDeadline> Deadlines, string Demand, DateTimeOffset IssuedAt) : IDescribedEvent
{
    public string Describe() =>
        $"区营商办督办{string.Join("、", Deadlines.Select(d => $"{d.Department}（{d.Label}{d.DueAt.ToOffset(SupervisionRules.Beijing):yyyy-MM-dd HH:mm}到期，已超期）"))}：{Demand}";
}

/// <summary>The supervision rule every opted-in module follows (platform rule 4); a plain function, no infrastructure.</summary>
public static class SupervisionRules
{
    public const string Action = "督办";

    internal static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>
    /// 督办 of the case <paramref name="caseId"/>, whose state is <paramref name="state"/> (in Chinese): only while at least one of its
    /// deadlines is overdue — declared so by the platform and its step still open — else 409 naming the state; the demand is required
    /// (400). The notice covers every overdue deadline, each addressed to its own department.
    /// </summary>
    public static OverdueCaseSupervised Supervise(Guid caseId, string state, IReadOnlyList<SupervisedDeadline> overdue, string? demand, DateTimeOffset now)
    {
        if (overdue.Count == 0)
            throw new InvalidStateTransitionException(state, Action,
                $"案件当前状态为“{state}”，没有超期未办的时限，无需督办（平台规则4：督办针对超期事项） / the case is '{state}' with no overdue deadline: " +
                "a supervision notice escalates an overdue item (platform rule 4).");
        if (string.IsNullOrWhiteSpace(demand)) throw new DomainValidationException("demand", "请填写督办要求 / the supervision demand is required.");
        return new OverdueCaseSupervised(caseId, overdue, demand.Trim(), now);
    }
}
