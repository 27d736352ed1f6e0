using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Procurement.Tests.OpenData;

/// <summary>
/// What the OCDS schema cannot express: the open code lists the module uses (OCDS 1.1 partyRole, awardCriteria,
/// submissionMethod, milestoneType), identifier rules (ocid = registered prefix + project id; release ids unique without '#';
/// party ids = scheme + valid 统一社会信用代码; references match a party's id and name; contracts name an award; amendments
/// name releases of the package) and the module's own (CNY only, releases in date order).
/// </summary>
internal static partial class OcdsRules
{
    private static readonly string[] PartyRoles = ["buyer", "procuringEntity", "supplier", "tenderer", "funder", "enquirer", "payer", "payee", "reviewBody", "interestedParty"];
    private static readonly string[] AwardCriteria = ["priceOnly", "costOnly", "qualityOnly", "ratedCriteria"];
    private static readonly string[] SubmissionMethods = ["electronicSubmission", "written", "inPerson"];
    private static readonly string[] MilestoneTypes = ["preProcurement", "approval", "engagement", "assessment", "delivery", "reporting", "financing"];

    public static IReadOnlyList<string> Problems(string packageJson, Guid projectId)
    {
        var problems = new List<string>();
        var package = JsonNode.Parse(packageJson)!.AsObject();
        var releases = package["releases"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var releaseIds = releases.Select(r => (string)r["id"]!).ToList();
        if (releaseIds.Distinct().Count() != releaseIds.Count) problems.Add("release ids repeat");
        problems.AddRange(releaseIds.Where(id => id.Contains('#')).Select(id => $"release id {id} contains #"));
        var dates = releases.Select(r => DateTimeOffset.Parse((string)r["date"]!)).ToList();
        if (!dates.SequenceEqual(dates.Order())) problems.Add("releases are not in date order");
        if ((string?)package["publishedDate"] != (string?)releases[^1]["date"]) problems.Add("publishedDate is not the last release's date");
        foreach (var release in releases) Check(release, projectId, releaseIds, problems);
        return problems;
    }

    private static void Check(JsonObject release, Guid projectId, List<string> releaseIds, List<string> problems)
    {
        var id = (string)release["id"]!;
        var ocid = (string)release["ocid"]!;
        if (!OcidPattern().IsMatch(ocid) || !ocid.EndsWith($"-{projectId}", StringComparison.Ordinal)) problems.Add($"{id}: ocid {ocid} is not prefix + project id");
        var parties = release["parties"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var names = parties.ToDictionary(p => (string)p["id"]!, p => (string)p["name"]!);
        foreach (var party in parties)
        {
            problems.AddRange(party["roles"]!.AsArray().Select(r => (string)r!).Where(r => !PartyRoles.Contains(r)).Select(r => $"{id}: party role {r}"));
            if (party["identifier"] is JsonObject identifier)
            {
                if ((string)party["id"]! != $"{identifier["scheme"]}-{identifier["id"]}") problems.Add($"{id}: party id {party["id"]} is not scheme-id");
                if (!UnifiedSocialCreditCode.TryParse((string)identifier["id"]!, out _, out _)) problems.Add($"{id}: {identifier["id"]} is no credit code");
            }
        }
        var tender = release["tender"]!.AsObject();
        var references = new List<JsonNode?> { release["buyer"], tender["procuringEntity"] };
        references.AddRange(tender["tenderers"]?.AsArray() ?? []);
        var awards = release["awards"]?.AsArray().Select(a => a!.AsObject()).ToList() ?? [];
        references.AddRange(awards.SelectMany(a => a["suppliers"]!.AsArray()));
        foreach (var reference in references)
            if (!names.TryGetValue((string)reference!["id"]!, out var name) || name != (string)reference["name"]!)
                problems.Add($"{id}: reference {reference.ToJsonString()} names no party");
        if (tender["awardCriteria"] is { } criteria && !AwardCriteria.Contains((string)criteria!)) problems.Add($"{id}: award criteria {criteria}");
        problems.AddRange(tender["submissionMethod"]!.AsArray().Select(m => (string)m!).Where(m => !SubmissionMethods.Contains(m)).Select(m => $"{id}: submission method {m}"));
        var contracts = release["contracts"]?.AsArray().Select(c => c!.AsObject()).ToList() ?? [];
        foreach (var contract in contracts)
        {
            if (!awards.Any(a => (string)a["id"]! == (string)contract["awardID"]!)) problems.Add($"{id}: contract names no award");
            foreach (var milestone in contract["implementation"]?["milestones"]?.AsArray() ?? [])
                if (!MilestoneTypes.Contains((string)milestone!["type"]!)) problems.Add($"{id}: milestone type {milestone["type"]}");
        }
        var amendments = (tender["amendments"]?.AsArray() ?? []).Concat(contracts.SelectMany(c => c["amendments"]?.AsArray() ?? []));
        foreach (var amendment in amendments)
            if (!releaseIds.Contains((string)amendment!["amendsReleaseID"]!) || !releaseIds.Contains((string)amendment["releaseID"]!))
                problems.Add($"{id}: amendment {amendment.ToJsonString()} names releases not in the package");
        var currencies = release.ToJsonString().Split("\"currency\":").Skip(1).Select(s => s.Split('"')[1]);
        problems.AddRange(currencies.Where(c => c != "CNY").Select(c => $"{id}: currency {c}"));
    }

    [GeneratedRegex("^ocds-[a-z0-9]{6}-")]
    private static partial Regex OcidPattern();
}
