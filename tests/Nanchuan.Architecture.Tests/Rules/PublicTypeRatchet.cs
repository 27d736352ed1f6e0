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
    /// Awards 74 — and 16 added to the older modules the same day (gas signatures and unannounced checks, related cases, the
    /// enterprise rating, the assisted-filing record, Enforcement's copies of companies and assigned requests with their
    /// handlers); then Enforcement 25 on 2026-12-04 (versioned checklists 8: the set, version, event, body, request, answer and two
    /// endpoints; scan-in visits 11: the visit, its two events and two enums, two bodies, the answer and three endpoints; plan
    /// amendments 6: two events, the kind, the amendment, the request and the endpoint); Awards 14 (burst review and the
    /// award's deadline), Procurement 26 (OCDS releases 16, failed tenders, refusals, amendments and failed acceptance 10),
    /// and Judiciary 6 (litigation filing, the buffer's end and its timer) the same day; Licensing 26 for 好差评 on every service
    /// (ADR 0095: 11 events and records of the rating stream, the aggregate, 5 enums, 6 bodies, the options, the deadlines, the
    /// report projection and the endpoints); the Oversight module 25 (its read side, 21, and 督办 from it, 4) and the Console 1
    /// (its module class; the pages are internal); Licensing 28 for the hall's own rules and targets (issue 23 points 3 and 5,
    /// ADR 0114–0116: the rulebook's aggregate, revision, 3 events, the changer, the list enum, 3 bodies, 2 answers, the opening and
    /// the endpoints, 14; model posts and the quoted rule, 7, less the retired requirement options, 1; the headline targets' enum,
    /// event, options, meter, 3 answers and endpoint, 8).
    /// Oversight 13 for search and figures (ADRs 0103, 0104: 4 filed events, the
    /// search's hit, page and endpoint, the figures' 5 records and endpoint).
    /// Licensing 49 for the whole 企业之家 (ADRs 0110–0113: coordination meetings 19, policy
    /// consultations 8, account opening 10, business talks 12 — events, aggregates, bodies, deadlines, options and endpoints) and Incentives 1
    /// (the handler of its public policy query).
    /// DemoData 3 (ADR 0099: its module class, the `seed` command and its input, which
    /// JasperFx's command discovery needs public; the seeding itself is internal).
    /// Grievances 2 for keyset pages (ADR 0131: the page and its endpoint).
    /// Licensing 11 for catalogue item kinds and 好差评 split per use case (issue 23 point 4, ADRs 0134–0136: the kind and level
    /// enums, the figures' 2 answers and endpoint, 5; six rating endpoint classes where one held them all, net 6).
    /// Oversight 1 for facts filed out of order across nodes (ADR 0150: the late deadline setting's catch-up event).
    /// Licensing 1 for 最多跑一次 read from its SQL table (ADR 0182: the report's endpoint class, out of the applications' endpoints).
    /// Grievances −3 for one document per request (ADR 0200: the round row, its projection and the list row's projection removed).
    /// Oversight 1 for filing several cases in one transaction (ADR 0230: the filing desk its generated handlers are given).
    /// Licensing 1 for a zone queue's day read from its ticket rows (ADR 0256: the day view the queue GET answers).
    /// Lower it when the count drops.
    /// </summary>
    public const int Limit = 442 + 61 + 80 + 69 + 63 + 74 + 16 + 25 + 14 + 26 + 6 + 26 + 25 + 1 + 28 + 13 + 49 + 1 + 3 + 2 + 11 + 1 + 1 - 3 + 1 + 1;

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
