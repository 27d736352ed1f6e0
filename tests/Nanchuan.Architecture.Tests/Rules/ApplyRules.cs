using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 8. An aggregate changes only through its own Apply methods, called by Marten when it folds a stream, by a
/// projection, or by an aggregate handing an event to a part of it (a type that declares Apply methods itself). Code that calls Apply on an aggregate it fetched mutates the instance
/// Marten's identity map hands out, and its decision is no longer a pure function of the events.
/// </summary>
public static class ApplyRules
{
    public static IEnumerable<string> Violations(SolutionFacts solution) =>
        from assembly in solution.Assemblies
        where assembly.Role.Kind == AssemblyKind.ModuleImplementation
        from call in assembly.ApplyCalls
        where !call.CallerIsProjection && !call.CallerIsAggregate
        orderby call.Caller, call.Callee
        select $"{call.Caller} calls {call.Callee}.Apply: only projections and the aggregate itself apply events; " +
               "decide in a pure function that returns the events and let Marten apply them when it appends.";
}
