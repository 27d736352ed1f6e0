using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Grievances;

/// <summary>Grievances (企呼我为"闭环办"): the enterprise-request closed loop. Schema `grievances`, endpoints under `/api/grievances`.</summary>
public sealed class GrievancesModule : INanchuanModule
{
    public string Name => "Grievances";
}
