using System.ComponentModel.DataAnnotations;
using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Licensing.ServiceZones;

/// <summary>
/// "1+N" enterprise service zones (1+N企业服务专区) as data, configurable under <c>Licensing:ServiceZones</c>: the one 企业之家 platform
/// (open, meeting-room style — no queue) and the N zones with enterprise windows and a green channel (绿色通道), plus the reasons
/// a ticket may be given the green channel.
/// </summary>
public sealed class ServiceZoneOptions : IValidatableObject
{
    public const string Section = "Licensing:ServiceZones";

    public List<ServiceZone> Zones { get; set; } = [];

    public List<string> GreenChannelReasons { get; set; } = [];

    /// <summary>The configured zones, or the seed's 企业之家 + 无差别综合服务区、公安、医保、不动产、人社、公积金 and the company-start zone.</summary>
    public IReadOnlyList<ServiceZone> EffectiveZones => Zones.Count > 0 ? Zones :
    [
        new("QYZJ", "企业之家", false), new("ZH", "无差别综合服务区", true), new("QYKB", "企业开办专区", true), new("GA", "公安专区", true),
        new("YB", "医保专区", true), new("BDC", "不动产专区", true), new("RS", "人社专区", true), new("GJJ", "公积金专区", true),
    ];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ModuleSettings.BlankOrRepeated(Zones.Select(z => z.Code), nameof(Zones))
            .Concat(ModuleSettings.BlankOrRepeated(Zones.Select(z => z.Name), nameof(Zones)))
            .Concat(ModuleSettings.BlankOrRepeated(GreenChannelReasons, nameof(GreenChannelReasons)));

    /// <summary>
    /// The configured reasons, or the defaults: 涉企事项 (the seed opens the green channel for enterprise matters, 开通涉企服务绿色通道),
    /// 重点项目 (a key project) and 帮办代办 (an assisted / agent case).
    /// </summary>
    public IReadOnlyList<string> EffectiveGreenChannelReasons => GreenChannelReasons.Count > 0 ? GreenChannelReasons : ["涉企事项", "重点项目", "帮办代办"];
}

/// <summary>A zone of the hall; <paramref name="Queues"/> is false for the 企业之家 platform, which receives without tickets.</summary>
public sealed record ServiceZone(string Code, string Name, bool Queues);
