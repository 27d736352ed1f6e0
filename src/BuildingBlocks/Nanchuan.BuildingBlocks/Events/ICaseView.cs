namespace Nanchuan.BuildingBlocks.Events;

/// <summary>
/// A response that shows one case as it stands at a version of its stream, and changes only when the stream does. A GET
/// endpoint answering it gets the version as <c>ETag</c> and answers 304 to a conditional GET naming that version
/// (the platform kit's CaseReads, ADR 0119), so a client that holds the case re-reads it only after a change.
/// </summary>
public interface ICaseView
{
    /// <summary>The case's stream version: the number of events it holds.</summary>
    long Version { get; }
}
