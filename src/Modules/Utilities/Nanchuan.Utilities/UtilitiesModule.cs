using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Utilities;

/// <summary>
/// Utilities (水电气领域“一表清”): energy check-ups, power, gas and water connections. Schema `utilities`, endpoints under
/// `/api/utilities`, public contract in Nanchuan.Utilities.Contracts.
/// </summary>
public sealed class UtilitiesModule : INanchuanModule
{
    public const string ModuleName = "Utilities";
    public const string Schema = "utilities";
    public const string Route = "/api/utilities";
    public const string Tag = "Utilities";

    public string Name => ModuleName;
}
