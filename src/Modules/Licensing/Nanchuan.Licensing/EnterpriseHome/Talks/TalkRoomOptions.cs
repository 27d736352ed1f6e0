using System.ComponentModel.DataAnnotations;
using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Licensing.EnterpriseHome.Talks;

/// <summary>
/// The open meeting rooms of 企业之家 for business talks (商务洽谈), as data (configuration section <c>Licensing:EnterpriseHome</c>). The plan
/// asks for an open, meeting-room style (开放式、会客式) platform but names no rooms: three rooms are the default.
/// </summary>
public sealed class TalkRoomOptions : IValidatableObject
{
    public const string Section = "Licensing:EnterpriseHome";

    public List<TalkRoom> TalkRooms { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ModuleSettings.BlankOrRepeated(TalkRooms.Select(r => r.Code), nameof(TalkRooms))
            .Concat(ModuleSettings.BlankOrRepeated(TalkRooms.Select(r => r.Name), nameof(TalkRooms)));

    public IReadOnlyList<TalkRoom> EffectiveRooms => TalkRooms.Count > 0 ? TalkRooms : [new("T1", "洽谈室一"), new("T2", "洽谈室二"), new("T3", "洽谈室三")];
}

/// <summary>A meeting room of 企业之家: its code (in routes and events) and name.</summary>
public sealed record TalkRoom(string Code, string Name);
