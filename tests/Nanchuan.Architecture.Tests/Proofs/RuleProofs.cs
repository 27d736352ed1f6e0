using Nanchuan.Architecture.Tests.Model;
using Nanchuan.Architecture.Tests.Reading;
using Nanchuan.Architecture.Tests.Rules;

namespace Nanchuan.Architecture.Tests.Proofs;

/// <summary>
/// Each rule broken once on synthetic facts: the rule must report exactly that break, naming the offending assembly
/// (or type) and what it must not use. A rule that cannot fail would fail these tests.
/// </summary>
public class RuleProofs
{
    private static readonly SolutionFacts Clean = Synthetic.Clean();

    [Fact]
    public void The_clean_synthetic_solution_passes_every_rule() =>
        ArchitectureRules.All(Clean).ShouldBeEmpty();

    // Rule 1: module implementations

    [Fact]
    public void Rule1_module_referencing_another_modules_implementation_fails()
    {
        var broken = Clean.Referencing("Nanchuan.Grievances", "Nanchuan.Licensing", "Nanchuan.Licensing.Registering.Company");

        var violation = ModuleBoundaryRules.Violations(broken).ShouldHaveSingleItem();

        violation.ShouldStartWith("Nanchuan.Grievances must not reference Nanchuan.Licensing (the implementation of module Licensing)");
        violation.ShouldContain("use Nanchuan.Licensing.Contracts");
        violation.ShouldContain("Types used: Nanchuan.Licensing.Registering.Company");
    }

    [Fact]
    public void Rule1_module_referencing_the_host_fails() =>
        ModuleBoundaryRules.Violations(Clean.Referencing("Nanchuan.Licensing", "Nanchuan.Host", "Program"))
            .ShouldHaveSingleItem().ShouldStartWith("Nanchuan.Licensing must not reference Nanchuan.Host (the Host (composition root))");

    [Theory]
    [InlineData("Nanchuan.Testing")]
    [InlineData("Nanchuan.Licensing.Domain")]
    public void Rule1_module_referencing_a_test_or_unclassified_nanchuan_assembly_fails(string reference) =>
        ModuleBoundaryRules.Violations(Clean.Referencing("Nanchuan.Licensing", reference))
            .ShouldHaveSingleItem().ShouldStartWith($"Nanchuan.Licensing must not reference {reference}");

    [Fact]
    public void Rule1_allows_other_modules_contracts_building_blocks_platform_and_packages() =>
        // Clean already has Grievances -> Licensing.Contracts, Platform, BuildingBlocks; add a NuGet package too.
        ModuleBoundaryRules.Violations(Clean.Referencing("Nanchuan.Grievances", "MiniExcel")).ShouldBeEmpty();

    // Rule 2: contracts

    [Theory]
    [InlineData("Marten", "free of persistence, messaging and HTTP infrastructure")]
    [InlineData("Wolverine", "free of persistence, messaging and HTTP infrastructure")]
    [InlineData("Microsoft.AspNetCore.Mvc.Core", "free of persistence, messaging and HTTP infrastructure")]
    [InlineData("Npgsql", "free of persistence, messaging and HTTP infrastructure")]
    [InlineData("Nanchuan.BuildingBlocks.Platform", "the platform brings Marten")]
    [InlineData("Nanchuan.Grievances.Contracts", "contracts are self-contained")]
    [InlineData("Nanchuan.Grievances", "never depends on a module's implementation")]
    [InlineData("Nanchuan.Licensing", "never depends on a module's implementation")]
    [InlineData("MiniExcel", "only the .NET base class library and Nanchuan.BuildingBlocks")]
    public void Rule2_contract_referencing_anything_but_the_base_class_library_and_building_blocks_fails(string reference, string reason)
    {
        var violation = ContractRules.Violations(Clean.Referencing("Nanchuan.Licensing.Contracts", reference, "Some.Type"))
            .ShouldHaveSingleItem();

        violation.ShouldStartWith($"Nanchuan.Licensing.Contracts must not reference {reference} (");
        violation.ShouldContain(reason);
        violation.ShouldContain("Types used: Some.Type");
    }

    // Rule 3: building blocks

    [Theory]
    [InlineData("Marten")]
    [InlineData("Wolverine")]
    [InlineData("JasperFx.Events")]
    [InlineData("Microsoft.AspNetCore.Http.Abstractions")]
    [InlineData("Npgsql")]
    public void Rule3_plain_building_blocks_referencing_infrastructure_fail(string reference) =>
        BuildingBlockRules.Violations(Clean.Referencing("Nanchuan.BuildingBlocks", reference, "X.Y"))
            .ShouldHaveSingleItem().ShouldStartWith($"Nanchuan.BuildingBlocks must not reference {reference} (an external assembly): the plain building blocks are plain C#");

    [Theory]
    [InlineData("Nanchuan.BuildingBlocks.Platform")]
    [InlineData("Nanchuan.Licensing")]
    [InlineData("Nanchuan.Licensing.Contracts")]
    [InlineData("Nanchuan.Host")]
    public void Rule3_plain_building_blocks_referencing_any_other_nanchuan_assembly_fail(string reference) =>
        BuildingBlockRules.Violations(Clean.Referencing("Nanchuan.BuildingBlocks", reference))
            .ShouldHaveSingleItem().ShouldStartWith($"Nanchuan.BuildingBlocks must not reference {reference} (");

    [Theory]
    [InlineData("Nanchuan.Licensing")]
    [InlineData("Nanchuan.Licensing.Contracts")]
    [InlineData("Nanchuan.Host")]
    public void Rule3_platform_referencing_a_module_or_the_host_fails(string reference) =>
        BuildingBlockRules.Violations(Clean.Referencing("Nanchuan.BuildingBlocks.Platform", reference))
            .ShouldHaveSingleItem().ShouldStartWith($"Nanchuan.BuildingBlocks.Platform must not reference {reference} (");

    // Rule 4: the Host

    [Theory]
    [InlineData("Nanchuan.Host.FeeCalculator", "Nanchuan.Host", true)]
    [InlineData("RegisterCompanyHandler", "", false)]
    [InlineData("Program+FeeCalculator", "", false)]
    [InlineData("Internal.FeeRules", "Internal", true)]
    public void Rule4_host_type_other_than_program_and_generated_code_fails(string fullName, string ns, bool isPublic) =>
        HostRules.Violations(Clean.WithType("Nanchuan.Host", new TypeFacts(fullName, ns, isPublic, IsCompilerGenerated: false)))
            .ShouldHaveSingleItem().ShouldStartWith($"Nanchuan.Host must not define {fullName}:");

    // Rule 5: layout and registration

    [Fact]
    public void Rule5_module_project_missing_from_the_host_output_fails()
    {
        var broken = Clean with { Projects = [.. Clean.Projects, Synthetic.ModuleProject("Awards", "Nanchuan.Awards")] };

        ModuleRegistrationRules.Violations(broken).ShouldHaveSingleItem()
            .ShouldStartWith("Nanchuan.Awards (src/Modules/Awards/Nanchuan.Awards/Nanchuan.Awards.csproj) is not in the Host's output");
    }

    [Fact]
    public void Rule5_module_not_constructed_by_program_fails()
    {
        var broken = Clean.Change("Nanchuan.Host", h => h with { ConstructedTypes = new HashSet<string>(["Nanchuan.Licensing.LicensingModule"]) });

        ModuleRegistrationRules.Violations(broken).ShouldHaveSingleItem()
            .ShouldStartWith("Nanchuan.Grievances.GrievancesModule (Nanchuan.Grievances) is not registered");
    }

    [Fact]
    public void Rule5_module_name_differing_from_its_folder_fails() =>
        ModuleRegistrationRules.Violations(Clean.Change("Nanchuan.Grievances",
                a => a with { Modules = [new ModuleDeclaration("Nanchuan.Grievances.GrievancesModule", "Complaints")] }))
            .ShouldHaveSingleItem()
            .ShouldStartWith("Nanchuan.Grievances.GrievancesModule in Nanchuan.Grievances has Name \"Complaints\"; it must be \"Grievances\"");

    [Fact]
    public void Rule5_module_without_an_INanchuanModule_fails() =>
        ModuleRegistrationRules.Violations(Clean.Change("Nanchuan.Grievances", a => a with { Modules = [] }))
            .ShouldHaveSingleItem().ShouldStartWith("Nanchuan.Grievances declares no INanchuanModule");

    [Fact]
    public void Rule5_module_with_two_INanchuanModules_fails() =>
        ModuleRegistrationRules.Violations(Clean.Change("Nanchuan.Grievances",
                a => a with { Modules = [.. a.Modules, new ModuleDeclaration("Nanchuan.Grievances.Appeals", "Grievances")] }))
            .ShouldContain(v => v.StartsWith("Nanchuan.Grievances declares 2 INanchuanModule implementations", StringComparison.Ordinal));

    [Fact]
    public void Rule5_contract_declaring_an_INanchuanModule_fails() =>
        ModuleRegistrationRules.Violations(Clean.Change("Nanchuan.Licensing.Contracts",
                a => a with { Modules = [new ModuleDeclaration("Nanchuan.Licensing.Contracts.LicensingModule", "Licensing")] }))
            .ShouldHaveSingleItem().ShouldStartWith("Nanchuan.Licensing.Contracts must not declare the module Nanchuan.Licensing.Contracts.LicensingModule");

    [Fact]
    public void Rule5_module_assembly_outside_its_module_folder_fails()
    {
        var broken = Clean.WithAssembly(
            Synthetic.Assembly("Nanchuan.Awards.Contracts", ["System.Runtime"], [Synthetic.Public("Nanchuan.Awards.Contracts.AwardGranted")]),
            Synthetic.ModuleProject("Incentives", "Nanchuan.Awards.Contracts"));

        ModuleRegistrationRules.Violations(broken).ShouldHaveSingleItem()
            .ShouldStartWith("Nanchuan.Awards.Contracts (src/Modules/Incentives/Nanchuan.Awards.Contracts/Nanchuan.Awards.Contracts.csproj) must live in src/Modules/Awards/");
    }

    [Fact]
    public void Rule5_unclassified_project_in_a_module_folder_fails()
    {
        var broken = Clean.WithAssembly(
            Synthetic.Assembly("Nanchuan.Licensing.Domain", ["System.Runtime"], []),
            Synthetic.ModuleProject("Licensing", "Nanchuan.Licensing.Domain"));

        var violations = ModuleRegistrationRules.Violations(broken).ToList();
        violations.ShouldContain(v => v.StartsWith("Nanchuan.Licensing.Domain (src/Modules/Licensing/", StringComparison.Ordinal)
                                      && v.Contains("a module has only Nanchuan.Licensing and Nanchuan.Licensing.Contracts"));
        violations.ShouldContain(v => v.StartsWith("Nanchuan.Licensing.Domain is a Nanchuan assembly that is neither", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule5_assembly_not_built_from_src_fails() =>
        ModuleRegistrationRules.Violations(Clean.WithAssembly(Synthetic.Assembly("Nanchuan.Awards.Contracts", [], []), project: null))
            .ShouldHaveSingleItem().ShouldBe("Nanchuan.Awards.Contracts is not built from any project under src/.");

    // Rule 6: type level

    [Fact]
    public void Rule6_public_module_type_outside_the_module_namespace_fails() =>
        NamespaceRules.Violations(Clean.WithType("Nanchuan.Licensing", Synthetic.Public("Nanchuan.Grievances.Filing.FileGrievance")))
            .ShouldHaveSingleItem().ShouldBe("Nanchuan.Grievances.Filing.FileGrievance in Nanchuan.Licensing must live in namespace Nanchuan.Licensing or below it.");

    [Fact]
    public void Rule6_public_module_type_in_the_contract_namespace_fails() =>
        NamespaceRules.Violations(Clean.WithType("Nanchuan.Licensing", Synthetic.Public("Nanchuan.Licensing.Contracts.CompanyClosed")))
            .ShouldHaveSingleItem().ShouldStartWith("Nanchuan.Licensing.Contracts.CompanyClosed in Nanchuan.Licensing is in the contract's namespace");

    [Fact]
    public void Rule6_public_contract_type_outside_the_contract_namespace_fails() =>
        NamespaceRules.Violations(Clean.WithType("Nanchuan.Licensing.Contracts", Synthetic.Public("Nanchuan.Licensing.CompanyClosed")))
            .ShouldHaveSingleItem().ShouldBe("Nanchuan.Licensing.CompanyClosed in Nanchuan.Licensing.Contracts must live in namespace Nanchuan.Licensing.Contracts or below it.");

    [Fact]
    public void Rule6_ignores_internal_and_compiler_generated_types() =>
        NamespaceRules.Violations(Clean
                .WithType("Nanchuan.Licensing", new TypeFacts("Elsewhere.Helper", "Elsewhere", IsPublic: false, IsCompilerGenerated: false))
                .WithType("Nanchuan.Licensing", new TypeFacts("<PrivateImplementationDetails>", "", IsPublic: true, IsCompilerGenerated: true)))
            .ShouldBeEmpty();

    // Rule 7: Domain namespaces are plain C#

    [Theory]
    [InlineData("Marten", "Marten.IDocumentSession")]
    [InlineData("Wolverine", "Wolverine.IMessageBus")]
    [InlineData("Microsoft.AspNetCore.Http.Abstractions", "Microsoft.AspNetCore.Http.HttpContext")]
    public void Rule7_domain_type_using_infrastructure_fails(string assembly, string type) =>
        DomainRules.Violations(Clean.Using("Nanchuan.Licensing", "Nanchuan.Licensing.Domain.Company", assembly, type))
            .ShouldHaveSingleItem().ShouldStartWith($"Nanchuan.Licensing.Domain.Company is in a Domain namespace and must not use {type} ({assembly})");

    [Fact]
    public void Rule7_allows_infrastructure_outside_domain_namespaces_and_plain_types_inside() =>
        DomainRules.Violations(Clean
                .Using("Nanchuan.Licensing", "Nanchuan.Licensing.Registering.RegisterCompany", "Marten", "Marten.IDocumentSession")
                .Using("Nanchuan.Licensing", "Nanchuan.Licensing.Domain.Company", "Nanchuan.BuildingBlocks", "Nanchuan.BuildingBlocks.Enterprises.UnifiedSocialCreditCode"))
            .ShouldBeEmpty();

    // Rule 8: Apply only by projections and the aggregate

    [Fact]
    public void Rule8_an_endpoint_applying_an_event_to_a_fetched_aggregate_fails() =>
        ApplyRules.Violations(Clean.Calling("Nanchuan.Licensing",
                new ApplyCall("Nanchuan.Licensing.Registering.RegisterEndpoint", CallerIsProjection: false, CallerIsAggregate: false, "Nanchuan.Licensing.Registering.Company")))
            .ShouldHaveSingleItem().ShouldStartWith("Nanchuan.Licensing.Registering.RegisterEndpoint calls Nanchuan.Licensing.Registering.Company.Apply");

    [Fact]
    public void Rule8_allows_projections_and_aggregates_applying_events() =>
        ApplyRules.Violations(Clean.Calling("Nanchuan.Licensing",
                new ApplyCall("Nanchuan.Licensing.Reports.CompanyRows", CallerIsProjection: true, CallerIsAggregate: false, "Nanchuan.Licensing.Registering.Company"),
                new ApplyCall("Nanchuan.Licensing.Registering.Company", CallerIsProjection: false, CallerIsAggregate: true, "Nanchuan.Licensing.Registering.Deadline")))
            .ShouldBeEmpty();

    // Rule 9: messages between modules are contracts

    [Fact]
    public void Rule9_handling_another_modules_implementation_type_fails() =>
        IntegrationEventRules.Violations(Clean.Handling("Nanchuan.Grievances",
                new HandlerFacts("Nanchuan.Grievances.Filing.CompanyHandler", "Nanchuan.Licensing.Registering.Company", "Nanchuan.Licensing")))
            .ShouldHaveSingleItem().ShouldStartWith("Nanchuan.Grievances.Filing.CompanyHandler in Nanchuan.Grievances handles Nanchuan.Licensing.Registering.Company from Nanchuan.Licensing");

    [Fact]
    public void Rule9_allows_contracts_platform_messages_and_the_modules_own() =>
        IntegrationEventRules.Violations(Clean.Handling("Nanchuan.Grievances",
                new HandlerFacts("Nanchuan.Grievances.Filing.CompanyHandler", "Nanchuan.Licensing.Contracts.CompanyRegistered", "Nanchuan.Licensing.Contracts"),
                new HandlerFacts("Nanchuan.Grievances.Filing.HolidayHandler", "Nanchuan.BuildingBlocks.Platform.Calendar.HolidayScheduleChanged", "Nanchuan.BuildingBlocks.Platform"),
                new HandlerFacts("Nanchuan.Grievances.Filing.TimerHandler", "Nanchuan.Grievances.Filing.TimerFired", "Nanchuan.Grievances")))
            .ShouldBeEmpty();

    // Rule 10: the public-type ratchet (Clean has 4 public top-level module types)

    [Fact]
    public void Rule10_a_new_public_module_type_fails() =>
        PublicTypeRatchet.Violations(Clean.WithType("Nanchuan.Licensing", Synthetic.Public("Nanchuan.Licensing.Registering.CompanyRules")), limit: 4)
            .ShouldHaveSingleItem().ShouldStartWith("The module implementations have 5 public top-level types, more than the 4 allowed");

    [Fact]
    public void Rule10_a_count_below_the_limit_asks_to_lower_it() =>
        PublicTypeRatchet.Violations(Clean, limit: 5).ShouldHaveSingleItem().ShouldContain("lower PublicTypeRatchet.Limit to 4");

    [Fact]
    public void Rule10_ignores_nested_internal_and_generated_types() =>
        PublicTypeRatchet.Violations(Clean
                .WithType("Nanchuan.Licensing", Synthetic.Public("Nanchuan.Licensing.Registering.RegisterCompany+Body"))
                .WithType("Nanchuan.Licensing", new TypeFacts("<Generated>Evolver", "Nanchuan.Licensing", IsPublic: true, IsCompilerGenerated: true)), limit: 4)
            .ShouldBeEmpty();

    // Roles: how assembly names are classified

    [Theory]
    [InlineData("System.Runtime", AssemblyKind.External, null)]
    [InlineData("Nanchuan.BuildingBlocks", AssemblyKind.BuildingBlocks, null)]
    [InlineData("Nanchuan.BuildingBlocks.Platform", AssemblyKind.Platform, null)]
    [InlineData("Nanchuan.Host", AssemblyKind.Host, null)]
    [InlineData("Nanchuan.LandUse", AssemblyKind.ModuleImplementation, "LandUse")]
    [InlineData("Nanchuan.LandUse.Contracts", AssemblyKind.ModuleContracts, "LandUse")]
    [InlineData("Nanchuan.Testing", AssemblyKind.Test, null)]
    [InlineData("Nanchuan.Architecture.Tests", AssemblyKind.Test, null)]
    [InlineData("Nanchuan.LandUse.Domain", AssemblyKind.UnknownNanchuan, null)]
    [InlineData("Nanchuan.BuildingBlocks.Contracts", AssemblyKind.UnknownNanchuan, null)]
    [InlineData("Nanchuan.BuildingBlocks.Http", AssemblyKind.UnknownNanchuan, null)]
    public void Assembly_names_are_classified(string name, AssemblyKind kind, string? module) =>
        AssemblyRoles.Of(name).ShouldBe(new AssemblyRole(kind, module));
}

/// <summary>
/// The same rules, broken once inside the facts read from the real assemblies: the break must add exactly one
/// violation (compared with the unbroken facts, so these stay green when the real code itself breaks a rule).
/// </summary>
public class RealFactsProofs
{
    private static SolutionFacts Real => SolutionReader.Solution;
    private static string Module => Real.Assemblies.First(a => a.Role.Kind == AssemblyKind.ModuleImplementation).Name;
    private static string Contracts => Real.Assemblies.First(a => a.Role.Kind == AssemblyKind.ModuleContracts).Name;

    private static string Added(Func<SolutionFacts, IEnumerable<string>> rule, SolutionFacts broken) =>
        rule(broken).Except(rule(Real)).ShouldHaveSingleItem();

    [Fact]
    public void A_real_module_referencing_the_host_is_caught() =>
        Added(ModuleBoundaryRules.Violations, Real.Referencing(Module, AssemblyRoles.Host, "Program"))
            .ShouldStartWith($"{Module} must not reference Nanchuan.Host");

    [Fact]
    public void A_real_contract_referencing_marten_is_caught() =>
        Added(ContractRules.Violations, Real.Referencing(Contracts, "Marten", "Marten.IDocumentSession"))
            .ShouldStartWith($"{Contracts} must not reference Marten");

    [Fact]
    public void A_business_type_in_the_real_host_is_caught() =>
        Added(HostRules.Violations, Real.WithType(AssemblyRoles.Host, new TypeFacts("Nanchuan.Host.Fees", "Nanchuan.Host", true, false)))
            .ShouldStartWith("Nanchuan.Host must not define Nanchuan.Host.Fees");

    [Fact]
    public void A_real_domain_type_using_marten_is_caught() =>
        Added(DomainRules.Violations, Real.Using(Module, $"{Module}.Domain.Probe", "Marten", "Marten.IDocumentSession"))
            .ShouldStartWith($"{Module}.Domain.Probe is in a Domain namespace and must not use Marten.IDocumentSession");

    [Fact]
    public void A_real_endpoint_applying_an_event_is_caught() =>
        Added(ApplyRules.Violations, Real.Calling(Module, new ApplyCall($"{Module}.ProbeEndpoint", false, false, $"{Module}.ProbeAggregate")))
            .ShouldStartWith($"{Module}.ProbeEndpoint calls {Module}.ProbeAggregate.Apply");

    [Fact]
    public void A_real_handler_of_another_modules_type_is_caught() =>
        Added(IntegrationEventRules.Violations, Real.Handling(Module, new HandlerFacts($"{Module}.ProbeHandler", "Nanchuan.Elsewhere.Probe", "Nanchuan.Elsewhere")))
            .ShouldStartWith($"{Module}.ProbeHandler in {Module} handles Nanchuan.Elsewhere.Probe");

    [Fact]
    public void A_new_public_type_in_a_real_module_is_caught() =>
        PublicTypeRatchet.Violations(Real.WithType(Module, Synthetic.Public($"{Module}.ProbeType")), PublicTypeRatchet.Count(Real))
            .ShouldHaveSingleItem().ShouldContain("more than");

    [Fact]
    public void A_real_module_dropped_from_program_is_caught() =>
        ModuleRegistrationRules.Violations(Real.Change(AssemblyRoles.Host, h => h with { ConstructedTypes = new HashSet<string>() }))
            .ShouldContain(v => v.Contains($"({Module}) is not registered"));
}
