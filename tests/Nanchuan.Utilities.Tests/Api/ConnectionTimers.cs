using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Testing;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Deadlines;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>A connection deadline's platform timer, addressed by the connection type the deadline belongs to.</summary>
internal static class ConnectionTimers
{
    public static DeadlineTimerFired Overdue(Guid id, UtilityDeadline deadline, DateTimeOffset dueAt) =>
        DeadlineTimers.Overdue(CaseType(deadline), id, deadline.ToString(), dueAt);

    public static DeadlineTimerFired Warning(Guid id, UtilityDeadline deadline, DateTimeOffset dueAt, DateTimeOffset fireAt) =>
        DeadlineTimers.Warning(CaseType(deadline), id, deadline.ToString(), dueAt, fireAt);

    private static string CaseType(UtilityDeadline deadline) => deadline.Utility() switch
    {
        UtilityKind.Power => PowerDeadlines.Type,
        UtilityKind.Water => WaterDeadlines.Type,
        _ => GasDeadlines.Type,
    };
}
