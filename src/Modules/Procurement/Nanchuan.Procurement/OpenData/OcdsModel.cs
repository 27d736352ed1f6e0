using System.Text.Json.Serialization;

namespace Nanchuan.Procurement.OpenData;

// The subset of OCDS 1.1 (https://standard.open-contracting.org/1.1/en/schema/reference/) the module publishes. Field names are
// the standard's; an absent value is left out rather than written as null, as the standard asks.

/// <summary>An OCDS 1.1 release package: every public step of one project as a release.</summary>
public sealed record OcdsReleasePackage(string Uri, string Version, DateTimeOffset PublishedDate, OcdsPublisher Publisher, IReadOnlyList<OcdsRelease> Releases);

public sealed record OcdsPublisher(string Name);

/// <summary>
/// One release: the whole contracting process as it stood after one step (tags say which), so that any release read alone
/// is complete and merging them gives the last one.
/// </summary>
public sealed record OcdsRelease(
    string Ocid, string Id, DateTimeOffset Date, IReadOnlyList<string> Tag, string InitiationType, string Language, IReadOnlyList<OcdsParty> Parties,
    OcdsOrganizationReference Buyer, OcdsTender Tender,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OcdsAward>? Awards,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OcdsContract>? Contracts);

/// <param name="Identifier">The organisation's 统一社会信用代码; null for a department, which has none on the platform.</param>
public sealed record OcdsParty(
    string Id, string Name, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsIdentifier? Identifier, IReadOnlyList<string> Roles);

public sealed record OcdsIdentifier(string Scheme, string Id, string LegalName);

public sealed record OcdsOrganizationReference(string Id, string Name);

/// <summary>An amount exactly as recorded (decimal CNY, to the fen) and its currency.</summary>
public sealed record OcdsValue(decimal Amount, string Currency);

public sealed record OcdsPeriod(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? StartDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? EndDate);

public sealed record OcdsTender(
    string Id, string Title, string Status, OcdsOrganizationReference ProcuringEntity, OcdsValue Value, string ProcurementMethod, string ProcurementMethodDetails,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ProcurementMethodRationale,
    string MainProcurementCategory,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AwardCriteria,
    string AwardCriteriaDetails, IReadOnlyList<string> SubmissionMethod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsPeriod? TenderPeriod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsPeriod? AwardPeriod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? NumberOfTenderers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OcdsOrganizationReference>? Tenderers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OcdsAmendment>? Amendments);

public sealed record OcdsAward(
    string Id, string Status, DateTimeOffset Date, OcdsValue Value, IReadOnlyList<OcdsOrganizationReference> Suppliers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description);

public sealed record OcdsContract(
    string Id, [property: JsonPropertyName("awardID")] string AwardId, string Status, OcdsValue Value, DateTimeOffset DateSigned,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsPeriod? Period,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OcdsAmendment>? Amendments,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsImplementation? Implementation);

/// <param name="AmendsReleaseId">The release that showed the process before the change.</param>
/// <param name="ReleaseId">The release that shows it after.</param>
public sealed record OcdsAmendment(
    string Id, DateTimeOffset Date, string Rationale, string Description,
    [property: JsonPropertyName("amendsReleaseID")] string AmendsReleaseId, [property: JsonPropertyName("releaseID")] string ReleaseId);

public sealed record OcdsImplementation(IReadOnlyList<OcdsMilestone> Milestones);

/// <summary>The completion acceptance (竣工验收) as an implementation milestone: scheduled at works start, not met after a failed acceptance, met when accepted.</summary>
public sealed record OcdsMilestone(
    string Id, string Title, string Type, string Status, DateTimeOffset DateModified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DateMet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description);
