using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

public static class ArchitectureRules
{
    /// <summary>Every rule, for the proofs that a clean solution passes them all.</summary>
    public static IEnumerable<string> All(SolutionFacts solution) =>
        ModuleBoundaryRules.Violations(solution)
            .Concat(ContractRules.Violations(solution))
            .Concat(BuildingBlockRules.Violations(solution))
            .Concat(HostRules.Violations(solution))
            .Concat(ModuleRegistrationRules.Violations(solution))
            .Concat(NamespaceRules.Violations(solution))
            .Concat(DomainRules.Violations(solution))
            .Concat(ApplyRules.Violations(solution))
            .Concat(IntegrationEventRules.Violations(solution));
}
