namespace Nanchuan.BuildingBlocks.Events;

/// <summary>
/// A message that fires at a deadline (a warning, an overdue check, a reminder). Whoever set the deadline, the platform
/// acts when it fires, so its handler always runs as the System actor — also when the deadline was already past and the
/// message is delivered at once.
/// </summary>
public interface IDeadlineTimer;
