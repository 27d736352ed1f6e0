using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Licensing;

/// <summary>
/// Licensing (企业事"一窗办", 开办企业"近快办", the service hall). Wired into the platform — schema `licensing`,
/// endpoints under `/api/licensing` discovered from this assembly, public contract in Nanchuan.Licensing.Contracts —
/// but its use cases are not built yet (issue 4).
/// </summary>
public sealed class LicensingModule : INanchuanModule
{
    public string Name => "Licensing";
}
