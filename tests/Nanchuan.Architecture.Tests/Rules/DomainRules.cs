using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 7. Types in a Domain namespace of a module (Nanchuan.&lt;M&gt;.Domain and below, or any *.Domain.* segment) are
/// plain C#: they use no Marten, Wolverine, JasperFx, Npgsql or ASP.NET Core type, in a signature, attribute or method body.
/// </summary>
public static class DomainRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution) =>
        from assembly in solution.Assemblies
        where assembly.Role.Kind == AssemblyKind.ModuleImplementation
        from use in assembly.Uses
        where use.UserNamespace.Split('.').Contains("Domain") && Violation.IsInfrastructure(use.UsedAssembly)
        group use by use.User into byUser
        orderby byUser.Key
        select $"{byUser.Key} is in a Domain namespace and must not use {string.Join(", ", byUser.Select(u => $"{u.UsedType} ({u.UsedAssembly})").Distinct().Order())}: " +
               "the domain is plain C#; load and store in the use case's endpoint or handler.";
}
