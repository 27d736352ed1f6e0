using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 9. Messages between modules are integration events and live in the publishing module's .Contracts: a handler
/// in a module that takes a message declared in another Nanchuan assembly takes a contract type (or a platform message
/// of the building blocks), never a type of another module's implementation.
/// </summary>
public static class IntegrationEventRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution) =>
        from assembly in solution.Assemblies
        where assembly.Role.Kind == AssemblyKind.ModuleImplementation
        from handler in assembly.Handlers
        let source = AssemblyRoles.Of(handler.MessageAssembly)
        where source.IsNanchuan && handler.MessageAssembly != assembly.Name
              && source.Kind is not (AssemblyKind.ModuleContracts or AssemblyKind.BuildingBlocks or AssemblyKind.Platform)
        orderby handler.Handler
        select $"{handler.Handler} in {assembly.Name} handles {handler.MessageType} from {handler.MessageAssembly} ({source.Describe()}): " +
               "a message between modules is an integration event and belongs in the publishing module's .Contracts.";
}
