using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.PersonalData;

/// <summary>
/// A case type that says who handles a case of it now (the roles its spec names). Those see its personal data unmasked and
/// may read its audit history even outside the auditor roles; everyone else sees <see cref="IHoldsPersonalData"/> masked.
/// A case type that does not say shows its personal data masked to every reader of the audit history (docs/adr/0068).
/// </summary>
public interface IHandledCase
{
    bool IsHandledBy(Actor actor);
}
