using System.Collections.Concurrent;

namespace Nanchuan.LandUse.Integration;

/// <summary>
/// The adapters to the systems exempt materials come from (交易中心, 国土空间信息平台, 不动产登记系统, 非税/税务系统, 公安/市场监管, 多测合一).
/// Simulated in this product: each call answers with a document reference, unless an outage was declared for the system
/// (an admin or a test declares how many next calls fail). Every call, failed or not, is recorded in the stage's event.
/// </summary>
public sealed class SimulatedExternalSystems
{
    public const int MaxAttempts = 3;

    private readonly ConcurrentDictionary<ExternalSystem, int> _failingCalls = new();

    public static string InterfaceOf(ExternalSystem system) => system switch
    {
        ExternalSystem.TradingCentre => "公共资源交易中心 移交接口 /transfer-handover",
        ExternalSystem.LandSpacePlatform => "国土空间信息平台 内部共享 /materials",
        ExternalSystem.RealEstateRegistration => "不动产登记系统 内部共享 /cadastre",
        ExternalSystem.NonTaxSystem => "非税收入系统 接口共享 /payments",
        ExternalSystem.TaxSystem => "税务系统 接口共享 /tax-certificates",
        ExternalSystem.PoliceOrMarketSupervision => "公安局/市场监管局 接口共享 /identity",
        ExternalSystem.MultiSurvey => "多测合一成果库 接口共享 /survey-results",
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, null),
    };

    /// <summary>Declares that the next <paramref name="calls"/> calls to the system fail (0 ends the outage).</summary>
    public void DeclareOutage(ExternalSystem system, int calls) => _failingCalls[system] = calls;

    /// <summary>Fetches one material, retrying up to <see cref="MaxAttempts"/> times; returns every attempt.</summary>
    public IReadOnlyList<AdapterCall> Fetch(ExternalSystem system, string projectCode, string materialId)
    {
        var calls = new List<AdapterCall>();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var call = Call(system, projectCode, materialId, attempt);
            calls.Add(call);
            if (call.Succeeded) break;
        }
        return calls;
    }

    private AdapterCall Call(ExternalSystem system, string projectCode, string materialId, int attempt)
    {
        var failing = false;
        _failingCalls.AddOrUpdate(system, 0, (_, left) =>
        {
            failing = left > 0;
            return Math.Max(0, left - 1);
        });
        return failing
            ? new AdapterCall(system, InterfaceOf(system), materialId, attempt, false, null, $"{system} 接口无响应 / {system} did not answer")
            : new AdapterCall(system, InterfaceOf(system), materialId, attempt, true, $"{system}:{projectCode}:{materialId}", null);
    }
}
