using Nanchuan.Utilities.Domain.Energy;
using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Domain.Water;

namespace Nanchuan.Utilities;

/// <summary>Every event of the module, registered up front so any node can read any stream.</summary>
internal static class UtilityEventTypes
{
    public static readonly Type[] All =
    [
        typeof(PowerApplicationAccepted), typeof(CompletionInspectionRequested), typeof(PowerSupplied), typeof(PowerProblemReported),
        typeof(PayLastCommitmentSigned), typeof(WaterConnected), typeof(CostListSent), typeof(CommitmentFulfilled),
        typeof(GasPriceListPublished), typeof(GasApplicationReceived), typeof(GasSiteSurveyed), typeof(GasPlanProposed), typeof(GasPlanSignedByParty), typeof(GasPlanSigned),
        typeof(GasFeeIssued), typeof(GasSpotCheckDrawn), typeof(GasUnannouncedSpotCheckDrawn), typeof(GasSpotCheckResultRecorded),
        typeof(ConsumptionImported), typeof(EnergyCheckupOpened), typeof(OptimisationPlanIssued),
        typeof(PowerDeadlineWarned), typeof(PowerDeadlineMissed), typeof(PowerDeadlineRecomputed), typeof(PowerSupervisionNoticeIssued),
        typeof(WaterDeadlineWarned), typeof(WaterDeadlineMissed), typeof(WaterDeadlineRecomputed), typeof(WaterSupervisionNoticeIssued),
        typeof(GasDeadlineWarned), typeof(GasDeadlineMissed), typeof(GasDeadlineRecomputed), typeof(GasSupervisionNoticeIssued),
    ];
}
