namespace Nanchuan.BuildingBlocks.Events;

/// <summary>
/// A response that shows one case as it stands at a version of its stream. A GET endpoint answering it gets an <c>ETag</c>
/// made of everything that can change what it shows — the version, the erasures of personal data that rewrote the case
/// without a new event, and the representation the caller gets — and answers 304 to a conditional GET naming that tag
/// (the platform kit's CaseReads, ADR 0119, ADR 0128), so a client that holds the case re-reads it only after a change.
/// </summary>
public interface ICaseView
{
    /// <summary>The case's stream version: the number of events it holds.</summary>
    long Version { get; }

    /// <summary>
    /// How many erasures of personal data (个人信息删除, PIPL art. 47) rewrote the case's events and read model: the eraser
    /// counts them in the case's document (<see cref="IErasureCounted"/>), since an erasure appends no event to the case.
    /// </summary>
    int PersonalDataErasures { get; }

    /// <summary>
    /// Which of the case's representations this is when readers of the same version see it differently (e.g. <c>masked</c>:
    /// parties' names and phones starred for those not handling the case); null when every admitted reader sees the same.
    /// Lower-case letters only.
    /// </summary>
    string? Representation => null;
}

/// <summary>
/// A case's document (its snapshot) that carries the count of personal-data erasures that rewrote it: the eraser adds one
/// to <see cref="PersonalDataErasures"/> in the stored document, and sets it again after a rebuild (ADR 0128).
/// </summary>
public interface IErasureCounted
{
    /// <summary>Erasures of personal data that rewrote the case; stored as <c>personalDataErasures</c>.</summary>
    int PersonalDataErasures { get; set; }
}

/// <summary>
/// A case view answered at a route whose <c>{id}</c> is the case's stream id, and which the caller's bearer token and that
/// stream alone decide — who may read it, and what it shows. For such a view a node answers a conditional GET from what it
/// answered the same token before, without reading the database, until the stream changes (ADR 0168).
/// </summary>
public interface ISingleStreamCaseView : ICaseView
{
    /// <summary>The case's stream id.</summary>
    Guid Id { get; }
}
