using System.Reflection;
using JasperFx.Events;
using Nanchuan.BuildingBlocks.Platform.Code;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// Whether a projection may read its events' headers (who acted, the seal: docs/adr/0208), found in its code: the IL of the
/// projection's own methods and of its document's (with their closures and state machines, and any method of the same
/// assemblies they call) is read for the headers' members of <see cref="IEvent"/>. Code that hands an event to another
/// assembly counts as reading them. The stream replay reads the headers column only for a projection that may read it.
/// </summary>
internal static class EventHeaderReaders
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly HashSet<string> HeaderMembers = ["get_Headers", "set_Headers", "GetHeader", "SetHeader"];

    public static bool MayRead(Type projection, Type document)
    {
        var own = new HashSet<Assembly>();
        var methods = new List<MethodBase>();
        foreach (var type in new[] { projection, document }.SelectMany(Chain))
        {
            own.Add(type.Assembly);
            methods.AddRange(WithNested(type).SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors(Declared))));
        }
        var seen = new HashSet<MethodBase>(methods);
        for (var i = 0; i < methods.Count; i++)
            foreach (var called in MethodBodies.MembersNamedBy(methods[i]).OfType<MethodBase>())
            {
                if (called.DeclaringType is { } declaring && typeof(IEvent).IsAssignableFrom(declaring) && HeaderMembers.Contains(called.Name)) return true;
                if (own.Contains(called.Module.Assembly))
                {
                    if (seen.Add(called)) methods.Add(called);
                }
                else if (!IsFramework(called.Module.Assembly) && called.GetParameters().Any(p => typeof(IEvent).IsAssignableFrom(p.ParameterType))) return true;
            }
        return false;
    }

    /// <summary>The type and its base types written outside Marten, JasperFx and .NET (Marten's own projection of a snapshot has none).</summary>
    private static IEnumerable<Type> Chain(Type type)
    {
        for (var t = type; t is not null && !IsFramework(t.Assembly); t = t.BaseType) yield return t;
    }

    private static IEnumerable<Type> WithNested(Type type) => [type, .. type.GetNestedTypes(Declared).SelectMany(WithNested)];

    private static bool IsFramework(Assembly assembly) =>
        assembly.GetName().Name is { } name && (name.StartsWith("Marten", StringComparison.Ordinal) || name.StartsWith("JasperFx", StringComparison.Ordinal) ||
                                                name.StartsWith("System", StringComparison.Ordinal) || name is "mscorlib" or "netstandard");
}
