namespace Nanchuan.Utilities.Domain.Power;

/// <summary>The steps of a power connection as pure decisions: state and command in, event out (or a refusal).</summary>
public static class PowerDecisions
{
    public static CompletionInspectionRequested RequestInspection(PowerConnection state, DateTimeOffset requestedAt, DateTimeOffset dueAt)
    {
        if (state.Class != PowerConnectionClass.HighVoltage)
            throw new InvalidStateTransitionException(state.Status.ToChinese(), "竣工报验",
                $"只有高压客户需要竣工报验，本报装为{state.Class.ToChinese()} / only high-voltage connections have a completion inspection.");
        if (state.Status != PowerConnectionStatus.Accepted) throw new InvalidStateTransitionException(state.Status.ToChinese(), "竣工报验");
        StepTimes.EnsureNotBefore("requestedAt", requestedAt, state.AcceptedAt);
        return new CompletionInspectionRequested(state.Id, requestedAt, dueAt);
    }

    public static PowerSupplied PowerOn(PowerConnection state, DateTimeOffset poweredOnAt, decimal workingDaysTaken)
    {
        var ready = state.Class.RunsFromAcceptance() ? PowerConnectionStatus.Accepted : PowerConnectionStatus.InspectionRequested;
        if (state.Status != ready)
            throw new InvalidStateTransitionException(state.Status.ToChinese(), "接电",
                state.Status == PowerConnectionStatus.Accepted
                    ? "高压客户须先竣工报验 / a high-voltage connection needs its completion inspection request first."
                    : null);
        StepTimes.EnsureNotBefore("poweredOnAt", poweredOnAt, state.LimitStart!.Value);
        return new PowerSupplied(state.Id, poweredOnAt, DeadlineDecisions.WithinLimit(state.Deadlines, UtilityDeadline.PowerOn, poweredOnAt), workingDaysTaken);
    }
}
