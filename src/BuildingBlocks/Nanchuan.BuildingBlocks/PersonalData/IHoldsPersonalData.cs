namespace Nanchuan.BuildingBlocks.PersonalData;

/// <summary>
/// An event or case state that carries natural persons' personal data (names, identity numbers, phones): it names those fields
/// by returning a copy with them masked (<see cref="PersonalDataMasks"/>). The stored event never changes; readers who do not
/// handle the case — supervisors, the business office, admins reading the audit history — get the copy (docs/adr/0068).
/// A method, not a property, so it never enters the stored JSON.
/// </summary>
public interface IHoldsPersonalData
{
    /// <summary>A copy with every personal-data field masked; the summary of an event is taken from this copy.</summary>
    object WithPersonalDataMasked();
}
