using System.Reflection;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Modules;

/// <summary>
/// The event types of a module: the classes of its assembly that describe themselves for the audit history
/// (<see cref="IDescribedEvent"/>, platform rule 2). Registered with Marten up front, so any node reads any stream
/// (docs/adr/0024-event-versioning.md).
/// </summary>
public static class ModuleEvents
{
    public static IReadOnlyList<Type> In(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDescribedEvent).IsAssignableFrom(t)).ToList();
}
