using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.PersonalData;

namespace Nanchuan.BuildingBlocks.Platform.Audit;

/// <summary>
/// Who reads a case's audit history and how much of its personal data they see (docs/adr/0068): the auditor roles read every
/// case; a department handler reads a case whose type says it handles it (<see cref="IHandledCase"/>). Only those handling the
/// case see personal data unmasked; everyone else gets <see cref="IHoldsPersonalData.WithPersonalDataMasked"/>.
/// </summary>
internal sealed record AuditReader(bool Handles)
{
    private static readonly string[] Auditors = AuditEndpoints.AuditorRoles.Split(',');

    /// <summary>Whether the case type can say who handles it; for any other, nobody does and no case state need be built.</summary>
    public static bool CanHandle(Type? caseType) => caseType is not null && typeof(IHandledCase).IsAssignableFrom(caseType);

    /// <summary>
    /// The reader of a case whose current state is <paramref name="current"/>, or a 403 for one who may not read it. A reader
    /// <paramref name="admitted"/> by the calling endpoint's own access rule (ADR 0108) is not refused, and reads masked unless handling the case.
    /// </summary>
    public static AuditReader For(Actor actor, object? current, bool admitted)
    {
        var handles = current is IHandledCase handled && handled.IsHandledBy(actor);
        if (!handles && !admitted && !actor.IsIn(Auditors))
            throw new AccessDeniedException("只有督查、营商办、管理员或本案承办人员可以查阅案件历史 / only supervisors, the business office, admins or those handling the case may read its history.");
        return new AuditReader(handles);
    }

    /// <summary>An event's data or a case state as this reader may see it; the stored event is never touched.</summary>
    public object? Shown(object? data) => Handles || data is not IHoldsPersonalData holder ? data : holder.WithPersonalDataMasked();
}
