using System.Reflection;
using Marten;
using Nanchuan.Architecture.Tests.Model;
using Nanchuan.Architecture.Tests.Reading;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Modules;

namespace Nanchuan.Architecture.Tests;

/// <summary>
/// Every event type of every module is registered with Marten up front (so any node reads any stream, and the name it
/// is stored under is fixed before the first append), under a name no other event of the platform has (docs/adr/0024).
/// </summary>
public class EventRegistrationTests
{
    private static readonly IReadOnlyList<INanchuanModule> Modules = SolutionReader.Solution.Assemblies
        .Where(a => a.Role.Kind == AssemblyKind.ModuleImplementation)
        .SelectMany(a => a.Modules)
        .Select(m => (INanchuanModule)Activator.CreateInstance(Type.GetType($"{m.TypeFullName}, {AssemblyOf(m)}", throwOnError: true)!)!)
        .ToList();

    private static readonly StoreOptions Store = PlatformHosting.StoreOptionsFor("Host=localhost;Database=registration_check", Modules);

    [Fact]
    public void Every_event_type_of_every_module_is_registered_with_marten()
    {
        Modules.Count.ShouldBeGreaterThanOrEqualTo(4);
        var registered = ((IReadOnlyStoreOptions)Store).Events.AllKnownEventTypes().Select(e => e.EventType).ToHashSet();
        var missing = Modules.SelectMany(m => ModuleEvents.In(m.GetType().Assembly)).Where(t => !registered.Contains(t)).Select(t => t.FullName).ToList();
        missing.ShouldBeEmpty("not registered (options.Events.AddEventTypes in the module's ConfigureMarten): " + string.Join(", ", missing));
    }

    [Fact]
    public void Event_type_names_are_unique_across_the_platform()
    {
        var events = ((IReadOnlyStoreOptions)Store).Events.AllKnownEventTypes().ToList();
        events.Count.ShouldBeGreaterThan(100);
        var clashes = events.GroupBy(e => e.EventTypeName).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.EventType.FullName))}").ToList();
        clashes.ShouldBeEmpty(string.Join(Environment.NewLine, clashes));
    }

    private static string AssemblyOf(ModuleDeclaration module) =>
        SolutionReader.Solution.Assemblies.First(a => a.Modules.Contains(module)).Name;
}
