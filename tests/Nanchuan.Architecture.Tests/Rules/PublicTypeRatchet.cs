using Nanchuan.Architecture.Tests.Model;

namespace Nanchuan.Architecture.Tests.Rules;

/// <summary>
/// Rule 10 (a ratchet). Module types are internal unless a contract, Wolverine or Marten needs them public. Making
/// today's public types internal is work in progress, so the rule counts the public top-level types of the module
/// implementations: the count may only go down, and when it does the limit comes down with it.
/// </summary>
public static class PublicTypeRatchet
{
    /// <summary>
    /// Public top-level types of the module implementations on 2026-12-04 (source-generated ones not counted): 442 of the four
    /// first modules, then per new module its endpoints, bodies, answers, aggregates and events and the configuration its
    /// endpoints inject, which Wolverine and Marten need public — Enforcement 61, Procurement 80, Incentives 69, Judiciary 63,
    /// Awards 74, Oversight 21 (its module, file and events, message handler, answers and endpoints) — and 16 added to the older modules the same day (gas signatures and unannounced checks, related cases, the
    /// enterprise rating, the assisted-filing record, Enforcement's copies of companies and assigned requests with their
    /// handlers). Lower it when the count drops.
    /// </summary>
    public const int Limit = 442 + 61 + 80 + 69 + 63 + 74 + 21 + 16;

    public static int Count(SolutionFacts solution) =>
        solution.Assemblies.Where(a => a.Role.Kind == AssemblyKind.ModuleImplementation)
            .SelectMany(a => a.Types).Count(t => t.IsPublic && !t.IsCompilerGenerated && !t.FullName.Contains('+'));

    public static IEnumerable<string> Violations(SolutionFacts solution, int limit = Limit)
    {
        var count = Count(solution);
        if (count > limit)
            yield return $"The module implementations have {count} public top-level types, more than the {limit} allowed: " +
                         "make the new ones internal (only contracts and types Wolverine or Marten must see are public).";
        else if (count < limit)
            yield return $"The module implementations have {count} public top-level types, fewer than the limit {limit}: " +
                         $"lower {nameof(PublicTypeRatchet)}.{nameof(Limit)} to {count} so the count cannot grow back.";
    }
}
