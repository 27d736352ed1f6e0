using System.Text.Json.Nodes;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Procurement.Awarding;
using Nanchuan.Procurement.Contracting;
using Nanchuan.Procurement.Registration;
using Nanchuan.Procurement.Tests.OpenData;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>
/// 流标 and republication, the winner's refusal to sign, contract amendments and a failed completion acceptance (ADR 0066):
/// each step an event, each illegal step 409 naming the state, each reflected in the open data. Own bidders, so that the
/// points a refusal scores bar nobody other tests register.
/// </summary>
[Collection(ProcurementCollection.Name)]
public sealed class FlowGapTests(ProcurementHost platform)
{
    private static readonly Actor Refuser = Organisation("91500119MA5EF0D114", "重庆南川拒签建筑有限公司");
    private static readonly Actor RunnerUp = Organisation("91500119MA5EF0D38U", "重庆南川候补市政工程有限公司");
    private static readonly Actor Lone = Organisation("91500119MA5EF0D46N", "重庆南川独家路桥有限公司");
    private static readonly Actor Builder = Organisation("91500119MA5EF0D54H", "重庆南川竣工建设有限公司");
    private static readonly Actor Named = Organisation("91500119MA5EF0D62C", "重庆南川抢险工程有限公司");

    [Fact]
    public async Task Nobody_registered_is_a_failed_tender_the_project_is_republished_with_a_new_registration_round_and_the_open_data_says_unsuccessful_then_amended()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.RandomDraw);
        var url = Route + $"/projects/{id}";
        platform.SetTime(RegisteredProjects.ClosesAt);
        (await platform.Post(Owner, url + "/tender-failure", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("报名中");
        platform.SetTime(RegisteredProjects.AfterClose);
        await platform.Post(Bidders[0], url + "/tender-failure", new { }, 403);
        (await platform.Post(Owner, url + "/republication", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("报名中");

        await platform.Post(Owner, url + "/tender-failure", new { });
        var failed = (await platform.ProjectAsync(id))!;
        failed.Status.ShouldBe(ProjectStatus.TenderFailed);
        failed.Deadline.ShouldBeNull();
        (await platform.EventsAsync(id)).OfType<TenderFailed>().Single().Reason.ShouldBe("报名截止，无人报名");
        (await platform.Post(Builder, url + "/registrations", new RegisterBidderBody(null), 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("流标");
        (await platform.Post(Owner, url + "/tender-failure", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("流标");

        await platform.Post(Owner, url + "/republication", new { });
        var republished = (await platform.ProjectAsync(id))!;
        republished.Status.ShouldBe(ProjectStatus.Registering);
        republished.Round.ShouldBe(2);
        // Wed 2025-04-16 10:00 + 5 working days: registration closes Wed 2025-04-23 at the end of the working day.
        republished.RegistrationClosesAt.ShouldBe(Time("2025-04-23 18:00"));
        republished.Deadline!.Start.ShouldBe(Time("2025-04-23 18:00"));
        await platform.Post(Builder, url + "/registrations", new RegisterBidderBody(null));
        (await platform.Post(Owner, url + "/tender-failure", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("报名中");
        platform.SetTime(Time("2025-04-24 09:00"));
        (await platform.Post(Owner, url + "/tender-failure", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("有合格投标人");
        await platform.Post(Owner, url + "/award", new AwardProjectBody(null, null, null));
        (await platform.ProjectAsync(id))!.Contractor!.CreditCode.ShouldBe(Builder.CreditCode);

        var json = await platform.OcdsPackageAsync(id);
        var releases = JsonNode.Parse(json)!["releases"]!.AsArray();
        releases.Select(r => (string)r!["tag"]![0]!).ShouldBe(["tender", "tenderUpdate", "tenderAmendment", "award"]);
        releases.Select(r => (string)r!["tender"]!["status"]!).ShouldBe(["active", "unsuccessful", "active", "complete"]);
        var amendment = releases[2]!["tender"]!["amendments"]![0]!;
        ((string)amendment["amendsReleaseID"]!).ShouldBe((string)releases[1]!["id"]!);
        ((string)amendment["releaseID"]!).ShouldBe((string)releases[2]!["id"]!);
        DateTimeOffset.Parse((string)releases[3]!["tender"]!["tenderPeriod"]!["endDate"]!).ShouldBe(Time("2025-04-23 18:00"));
        (await OcdsSchema.ErrorsAsync(json)).ShouldBeEmpty();
        OcdsRules.Problems(json, id).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_winner_refusing_to_sign_cancels_its_award_scores_6_points_and_the_owner_awards_the_other_bidder()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.PriceComparison, (Refuser, 700_000m), (RunnerUp, 800_000m));
        var url = Route + $"/projects/{id}";
        (await platform.Post(Owner, url + "/contract-refusal", new RefuseContractBody("放弃"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("报名中");
        await platform.Post(Owner, url + "/award", new AwardProjectBody(null, null, null));
        (await platform.ProjectAsync(id))!.Contractor!.CreditCode.ShouldBe(Refuser.CreditCode);
        var before = await platform.EventCountAsync();
        (await platform.Post(Owner, url + "/contract-refusal", new RefuseContractBody(" "), 400).Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["reason"]);
        await platform.Post(Refuser, url + "/contract-refusal", new RefuseContractBody("放弃"), 403);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Owner, url + "/contract-refusal", new RefuseContractBody("中标人书面表示放弃中标"));
        var refused = (await platform.ProjectAsync(id))!;
        refused.Status.ShouldBe(ProjectStatus.AwaitingReaward);
        refused.Contractor.ShouldBeNull();
        // Wed 2025-04-16 10:00 + 5 working days.
        refused.Deadline!.DueAt.ShouldBe(Time("2025-04-23 18:00"));
        var credit = (await platform.LoadAsync<BidderCredit>(BidderCredit.IdOf(Refuser.CreditCode!)))!;
        credit.Incidents.Single().ShouldSatisfyAllConditions(
            i => i.Kind.ShouldBe(IncidentKind.RefusedToSign), i => i.Points.ShouldBe(6), i => i.ProjectId.ShouldBe(id), i => i.Source.ShouldBe(Agriculture));
        (await platform.Post(Owner, url + "/contract", new SignContractBody("HT-R", 700_000m), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("待重新定标");
        (await platform.Post(Owner, url + "/tender-failure", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("有合格投标人");

        await platform.Post(Owner, url + "/award", new AwardProjectBody(null, null, null));
        var reawarded = (await platform.ProjectAsync(id))!;
        reawarded.Contractor!.CreditCode.ShouldBe(RunnerUp.CreditCode);
        reawarded.AwardPrice.ShouldBe(800_000m);
        (await platform.SqlRowsAsync($"select status, award_price::text from procurement.project_rows where project_id = '{id}'")).ShouldBe(["awarded|800000.00"]);

        var json = await platform.OcdsPackageAsync(id);
        var last = JsonNode.Parse(json)!["releases"]!.AsArray()[^1]!;
        last["awards"]!.AsArray().Select(a => $"{a!["status"]}:{a["suppliers"]![0]!["name"]}").ShouldBe([$"cancelled:{Refuser.Name}", $"active:{RunnerUp.Name}"]);
        JsonNode.Parse(json)!["releases"]!.AsArray().Select(r => (string)r!["tag"]![0]!).ShouldBe(["tender", "award", "awardUpdate", "award"]);
        (await OcdsSchema.ErrorsAsync(json)).ShouldBeEmpty();
        OcdsRules.Problems(json, id).ShouldBeEmpty();
    }

    [Fact]
    public async Task When_the_only_bidder_refuses_the_tender_fails_and_a_direct_award_is_not_republished()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.RandomDraw, (Lone, null));
        var url = Route + $"/projects/{id}";
        await platform.Post(Owner, url + "/award", new AwardProjectBody(null, null, null));
        await platform.Post(Owner, url + "/contract-refusal", new RefuseContractBody("无法按期进场"));
        (await platform.Post(Owner, url + "/award", new AwardProjectBody(null, null, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("无其他合格投标人");
        await platform.Post(Owner, url + "/tender-failure", new { });
        (await platform.EventsAsync(id)).OfType<TenderFailed>().Single().Reason.ShouldBe("中标人拒签，无其他合格投标人");
        await platform.Post(Owner, url + "/republication", new { });
        (await platform.ProjectAsync(id))!.Registrations.ShouldBeEmpty();

        platform.SetTime(Time("2025-04-16 10:00"));
        var direct = (await platform.PublishAsync(DirectAward(300_000m) with { ProposedContractor = new Publishing.PartyBody(Named.CreditCode, Named.Name) })).Id;
        await platform.Post(AgricultureDesk, Route + $"/projects/{direct}/justification-decision", new Approval.DecideJustificationBody(true, "同意"));
        await platform.Post(Owner, Route + $"/projects/{direct}/contract-refusal", new RefuseContractBody("拒签"));
        await platform.Post(Owner, Route + $"/projects/{direct}/tender-failure", new { });
        (await platform.Post(Owner, Route + $"/projects/{direct}/republication", new { }, 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("流标");
    }

    [Fact]
    public async Task The_contract_is_amended_a_failed_acceptance_is_rectified_and_accepted_again_and_the_open_data_shows_the_amendments_and_the_milestone()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.RandomDraw, (Builder, null));
        var url = Route + $"/projects/{id}";
        await platform.Post(Owner, url + "/award", new AwardProjectBody(null, null, null));
        (await platform.Post(Owner, url + "/contract-amendments", new AmendContractBody(800_000m, "变更", "变更"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已定标");
        await platform.Post(Owner, url + "/contract", new SignContractBody("HT-A", 850_000.00m));
        var before = await platform.EventCountAsync();
        (await platform.Post(Owner, url + "/contract-amendments", new AmendContractBody(900_000.01m, " ", null), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["amount", "rationale", "description"], ignoreOrder: true);
        (await platform.Post(Owner, url + "/completion-acceptance-failure", new FailCompletionBody("不合格"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已签约");
        (await platform.EventCountAsync()).ShouldBe(before);

        platform.SetTime(Time("2025-05-06 09:00"));
        await platform.Post(Owner, url + "/contract-amendments", new AmendContractBody(872_400.35m, "设计变更：增设排水沟", "增加排水沟120米"));
        await platform.Post(Owner, url + "/works-start", new { });
        platform.SetTime(Time("2025-09-01 10:00"));
        (await platform.Post(Owner, url + "/completion-acceptance-failure", new FailCompletionBody(" "), 400).Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["findings"]);
        await platform.Post(Owner, url + "/completion-acceptance-failure", new FailCompletionBody("路面平整度不合格，须返工"));
        (await platform.ProjectAsync(id))!.Status.ShouldBe(ProjectStatus.Rectifying);
        (await platform.Post(Owner, url + "/works-start", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("整改中");
        platform.SetTime(Time("2025-09-20 10:00"));
        await platform.Post(Owner, url + "/contract-amendments", new AmendContractBody(868_000m, "返工费用由施工单位承担", "核减返工部分计量"));
        platform.SetTime(Time("2025-09-30 15:00"));
        await platform.Post(Owner, url + "/completion-acceptance", new AcceptCompletionBody("整改后复验合格"));

        var project = (await platform.ProjectAsync(id))!;
        project.Status.ShouldBe(ProjectStatus.Completed);
        project.ContractAmount.ShouldBe(868_000m);
        project.ContractAmendments.ShouldBe(2);
        (await platform.SqlRowsAsync($"select status, contract_amount::text from procurement.project_rows where project_id = '{id}'")).ShouldBe(["completed|868000.00"]);

        var json = await platform.OcdsPackageAsync(id);
        var releases = JsonNode.Parse(json)!["releases"]!.AsArray();
        releases.Select(r => (string)r!["tag"]![0]!).ShouldBe(["tender", "award", "contract", "contractAmendment", "implementation", "implementationUpdate", "contractAmendment", "implementationUpdate"]);
        var contract = releases[^1]!["contracts"]![0]!;
        contract["amendments"]!.AsArray().Select(a => (string)a!["id"]!).ShouldBe(["1", "2"]);
        ((string)contract["amendments"]![0]!["releaseID"]!).ShouldBe((string)releases[3]!["id"]!);
        releases[3]!["contracts"]![0]!["value"]!.ToJsonString().ShouldBe("""{"amount":872400.35,"currency":"CNY"}""");
        ((string)releases[5]!["contracts"]![0]!["implementation"]!["milestones"]![0]!["status"]!).ShouldBe("notMet");
        ((string)contract["implementation"]!["milestones"]![0]!["status"]!).ShouldBe("met");
        (await OcdsSchema.ErrorsAsync(json)).ShouldBeEmpty();
        OcdsRules.Problems(json, id).ShouldBeEmpty();
    }
}
