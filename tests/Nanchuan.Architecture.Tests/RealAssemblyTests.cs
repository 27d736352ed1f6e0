using Nanchuan.Architecture.Tests.Model;
using Nanchuan.Architecture.Tests.Reading;
using Nanchuan.Architecture.Tests.Rules;

namespace Nanchuan.Architecture.Tests;

/// <summary>The rules on the real assemblies. Each rule is shown to fail in Proofs/.</summary>
public class RealAssemblyTests
{
    private static SolutionFacts Solution => SolutionReader.Solution;

    [Fact]
    public void The_scan_sees_the_whole_application()
    {
        // Guards against a vacuous pass: zero violations means nothing if nothing was read.
        var kinds = Solution.Assemblies.Select(a => a.Role.Kind).ToList();
        kinds.ShouldContain(AssemblyKind.Host);
        kinds.ShouldContain(AssemblyKind.BuildingBlocks);
        kinds.ShouldContain(AssemblyKind.Platform);
        kinds.ShouldContain(AssemblyKind.ModuleImplementation);
        kinds.ShouldContain(AssemblyKind.ModuleContracts);
        Solution.Projects.Count.ShouldBeGreaterThanOrEqualTo(5);
        Solution.FrameworkAssemblies.ShouldContain("System.Runtime");
        Solution.Find(AssemblyRoles.Host)!.Types.ShouldContain(t => t.FullName == "Program");
    }

    [Fact]
    public void Module_implementations_reference_only_building_blocks_and_contracts() =>
        Assert(ModuleBoundaryRules.Violations(Solution));

    [Fact]
    public void Contracts_reference_only_the_base_class_library_and_plain_building_blocks() =>
        Assert(ContractRules.Violations(Solution));

    [Fact]
    public void Building_blocks_do_not_depend_on_infrastructure_or_modules() =>
        Assert(BuildingBlockRules.Violations(Solution));

    [Fact]
    public void Host_contains_only_the_composition_root() =>
        Assert(HostRules.Violations(Solution));

    [Fact]
    public void Every_module_is_laid_out_named_and_registered_in_the_host() =>
        Assert(ModuleRegistrationRules.Violations(Solution));

    [Fact]
    public void Module_public_types_live_in_their_module_namespace() =>
        Assert(NamespaceRules.Violations(Solution));

    [Fact]
    public void Domain_namespaces_use_no_marten_wolverine_or_aspnet_types() =>
        Assert(DomainRules.Violations(Solution));

    [Fact]
    public void Apply_is_called_only_by_projections_and_the_aggregate_itself() =>
        Assert(ApplyRules.Violations(Solution));

    [Fact]
    public void Messages_between_modules_are_contracts() =>
        Assert(IntegrationEventRules.Violations(Solution));

    [Fact]
    public void Public_module_types_only_become_fewer() =>
        Assert(PublicTypeRatchet.Violations(Solution));

    private static void Assert(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        list.ShouldBeEmpty(Environment.NewLine + string.Join(Environment.NewLine, list));
    }
}
