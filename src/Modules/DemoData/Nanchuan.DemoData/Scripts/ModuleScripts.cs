using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData.Scripts;

/// <summary>Every module's part of the month, each planned on the same agenda (one file per module).</summary>
internal static class ModuleScripts
{
    public static readonly Action<Demo>[] All =
    [
        GrievancesScript.Plan, UtilitiesScript.Plan, LicensingScript.Plan, LandUseScript.Plan, EnforcementScript.Plan,
        ProcurementScript.Plan, IncentivesScript.Plan, JudiciaryScript.Plan, AwardsScript.Plan,
    ];
}
