namespace Nanchuan.Procurement.OpenData;

/// <summary>
/// A project's OCDS releases derived from its events (ADR 0065): one release per step that changes public contracting data,
/// each the whole process as it stood after the step. Registrations stay unpublished until registration has closed (who
/// registered is confidential while bidders may still register); deadline bookkeeping publishes nothing. No personal data:
/// parties are organisations and departments, panel members are not named.
/// </summary>
internal sealed class OcdsReleaseFold(string ocid, OpenDataOptions options)
{
    private const string Currency = "CNY";

    private readonly List<OcdsRelease> releases = [];
    private readonly List<Domain.Registration> registrations = [];
    private readonly List<OcdsAmendment> tenderAmendments = [];
    private readonly List<(OcdsAward Award, Party Supplier)> awards = [];
    private readonly List<OcdsAmendment> contractAmendments = [];
    private WorksProjectPublished project = null!;
    private string tenderStatus = "active";
    private OcdsPeriod? tenderPeriod;
    private OcdsPeriod? awardPeriod;
    private bool tenderersPublic;
    private string? rationale;
    private OcdsContract? contract;

    public static IReadOnlyList<OcdsRelease> Build(string ocid, OpenDataOptions options, IEnumerable<(long Version, object Data)> events)
    {
        var fold = new OcdsReleaseFold(ocid, options);
        foreach (var (version, data) in events) fold.Add(version, data);
        return fold.releases;
    }

    private string ReleaseId(long version) => $"{ocid}-{version:D3}";

    private string? LastReleaseId => releases.Count == 0 ? null : releases[^1].Id;

    private void Add(long version, object data)
    {
        var (date, tags) = Step(version, data);
        if (tags is null) return;
        releases.Add(new OcdsRelease(ocid, ReleaseId(version), date, tags, "tender", "zh", Parties(), Owner, Tender(),
            awards.Count == 0 ? null : awards.Select(a => a.Award).ToList(), contract is null ? null : [contract]));
    }

    /// <returns>The step's date as recorded and its release tags; null tags when the step publishes nothing.</returns>
    private (DateTimeOffset Date, string[]? Tags) Step(long version, object data)
    {
        switch (data)
        {
            case WorksProjectPublished e:
                project = e;
                rationale = e.Justification;
                tenderPeriod = e.RegistrationClosesAt is { } closes ? new OcdsPeriod(e.PublishedAt, closes) : null;
                awardPeriod = new OcdsPeriod(e.Deadline.Start, e.Deadline.DueAt);
                return (e.PublishedAt, ["tender"]);
            case BidderRegistered e:
                registrations.Add(new Domain.Registration(e.CreditCode, e.Name, e.Quote, e.RegisteredAt));
                return (e.RegisteredAt, null);
            case JustificationApproved e:
                return (e.ApprovedAt, null);
            case JustificationRejected e:
                tenderStatus = "cancelled";
                return (e.RejectedAt, ["tenderCancellation"]);
            case WorksProjectAwarded e:
                tenderStatus = "complete";
                tenderersPublic = project.AwardRule != AwardRule.ApprovedJustification;
                var award = new OcdsAward($"{project.ProjectId}-award-{awards.Count + 1}", "active", e.AwardedAt, new OcdsValue(e.Price, Currency),
                    [Reference(e.Contractor)], e.Draw is null ? null : $"随机抽取：种子{e.Draw.Seed}，算法{e.Draw.Algorithm}，候选{e.Draw.Candidates.Count}家");
                awards.Add((award, e.Contractor));
                return (e.AwardedAt, ["award"]);
            case TenderFailed e:
                tenderStatus = "unsuccessful";
                tenderersPublic = true;
                return (e.FailedAt, ["tenderUpdate"]);
            case TenderRepublished e:
                tenderStatus = "active";
                tenderersPublic = false;
                registrations.Clear();
                tenderPeriod = new OcdsPeriod(e.RepublishedAt, e.RegistrationClosesAt);
                awardPeriod = new OcdsPeriod(e.Deadline.Start, e.Deadline.DueAt);
                tenderAmendments.Add(new OcdsAmendment($"republication-{e.Round}", e.RepublishedAt, "流标后重新发布",
                    $"第{e.Round}次发布：重新报名至{e.RegistrationClosesAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}，此前的报名不再有效", LastReleaseId!, ReleaseId(version)));
                return (e.RepublishedAt, ["tenderAmendment"]);
            case ContractRefused e:
                tenderStatus = "active";
                awards[^1] = awards[^1] with { Award = awards[^1].Award with { Status = "cancelled", Description = $"中标人拒签：{e.Reason}" } };
                return (e.RefusedAt, ["awardUpdate"]);
            case WorksContractSigned e:
                contract = new OcdsContract($"{project.ProjectId}-contract-1", awards[^1].Award.Id, "active", new OcdsValue(e.Amount, Currency), e.SignedAt,
                    $"施工合同{e.ContractNumber}", null, null, null);
                return (e.SignedAt, ["contract"]);
            case WorksStarted e:
                contract = contract! with
                {
                    Period = new OcdsPeriod(e.StartedAt, null),
                    Implementation = new OcdsImplementation([new OcdsMilestone("completion-acceptance", "竣工验收", "delivery", "scheduled", e.StartedAt, null, null)]),
                };
                return (e.StartedAt, ["implementation"]);
            case ContractAmended e:
                contractAmendments.Add(new OcdsAmendment(e.Number.ToString(), e.AmendedAt, e.Rationale,
                    $"{e.Description}（合同金额{e.PreviousAmount:0.00}元→{e.Amount:0.00}元）", LastReleaseId!, ReleaseId(version)));
                contract = contract! with { Value = new OcdsValue(e.Amount, Currency), Amendments = [.. contractAmendments] };
                return (e.AmendedAt, ["contractAmendment"]);
            case CompletionAcceptanceFailed e:
                contract = contract! with
                {
                    Implementation = new OcdsImplementation([new OcdsMilestone("completion-acceptance", "竣工验收", "delivery", "notMet", e.FailedAt, null, e.Findings)]),
                };
                return (e.FailedAt, ["implementationUpdate"]);
            case CompletionAccepted e:
                contract = contract! with
                {
                    Status = "terminated",
                    Period = contract.Period! with { EndDate = e.AcceptedAt },
                    Implementation = new OcdsImplementation([new OcdsMilestone("completion-acceptance", "竣工验收", "delivery", "met", e.AcceptedAt, e.AcceptedAt, e.Note)]),
                };
                return (e.AcceptedAt, ["implementationUpdate", "contractTermination"]);
            default:
                return (default, null);
        }
    }

    private OcdsOrganizationReference Owner => Reference(project.Owner);

    private OcdsOrganizationReference Reference(Party party) => new(PartyId(party.CreditCode), party.Name);

    private string PartyId(string creditCode) => $"{options.PartyScheme}-{creditCode}";

    private OcdsTender Tender()
    {
        var (method, criteria) = project.AwardRule switch
        {
            AwardRule.LowestQuote => ("open", "priceOnly"),
            AwardRule.PanelScores => ("open", "ratedCriteria"),
            AwardRule.RandomDraw => ("open", (string?)null),
            _ => ("direct", null),
        };
        var tenderers = tenderersPublic ? registrations.Select(r => Reference(new Party(r.CreditCode, r.Name))).ToList() : null;
        return new OcdsTender(project.ProjectId.ToString(), project.Title, tenderStatus, Owner, new OcdsValue(project.Value, Currency), method, project.MethodName,
            rationale, "works", criteria, AwardCriteriaDetails(project.AwardRule), ["electronicSubmission"], tenderPeriod, awardPeriod, tenderers?.Count, tenderers,
            tenderAmendments.Count == 0 ? null : [.. tenderAmendments]);
    }

    private static string AwardCriteriaDetails(AwardRule rule) => rule switch
    {
        AwardRule.RandomDraw => "从报名截止前报名的合格投标人中公开随机抽取一家",
        AwardRule.LowestQuote => "有效报价最低者中标，报价相同的公开随机抽取",
        AwardRule.PanelScores => "评审小组评分，平均分最高者中标，分数相同的公开随机抽取",
        _ => "经监管部门审批同意的书面理由确定承包单位",
    };

    /// <summary>Every organisation the process names, once, with all its roles.</summary>
    private List<OcdsParty> Parties()
    {
        var roles = new Dictionary<string, (string Name, List<string> Roles)>();
        void Add(Party party, string role)
        {
            if (!roles.TryGetValue(party.CreditCode, out var entry)) roles[party.CreditCode] = entry = (party.Name, []);
            if (!entry.Roles.Contains(role)) entry.Roles.Add(role);
        }
        Add(project.Owner, "buyer");
        Add(project.Owner, "procuringEntity");
        if (tenderersPublic)
            foreach (var registration in registrations) Add(new Party(registration.CreditCode, registration.Name), "tenderer");
        foreach (var (_, supplier) in awards) Add(supplier, "supplier");
        var parties = roles.Select(r => new OcdsParty(PartyId(r.Key), r.Value.Name, new OcdsIdentifier(options.PartyScheme, r.Key, r.Value.Name), r.Value.Roles)).ToList();
        parties.Add(new OcdsParty(DepartmentId, project.SupervisingDepartment, null, ["reviewBody"]));
        return parties;
    }

    private string DepartmentId => $"nanchuan-department-{project.SupervisingDepartment}";
}
