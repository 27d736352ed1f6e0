namespace Nanchuan.BuildingBlocks.Events;

/// <summary>
/// An event that can say what happened in one readable Chinese sentence, for supervisors reading a case's
/// history through the audit API (platform rule 2). A method, not a property, so it never enters the stored JSON.
/// </summary>
public interface IDescribedEvent
{
    string Describe();
}
