using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Procurement.Approval;
using Nanchuan.Procurement.Awarding;
using Nanchuan.Procurement.Contracting;
using static Nanchuan.Procurement.Tests.Api.ProcurementApi;

namespace Nanchuan.Procurement.Tests.Api;

/// <summary>Approval of a direct award, then contract → performance → completion acceptance, each step legal in one state only.</summary>
[Collection(ProcurementCollection.Name)]
public sealed class LifecycleTests(ProcurementHost platform)
{
    [Fact]
    public async Task The_supervising_department_approves_a_direct_award_which_awards_the_named_contractor()
    {
        platform.SetTime(Time("2025-04-08 10:00"));
        var id = (await platform.PublishAsync(DirectAward(300_000m))).Id;
        await platform.Post(HousingDesk, Route + $"/projects/{id}/justification-decision", new DecideJustificationBody(true, "同意"), 403);
        (await platform.Post(AgricultureDesk, Route + $"/projects/{id}/justification-decision", new DecideJustificationBody(null, " "), 400)
            .Read<HttpValidationProblemDetails>()).Errors.Keys.ShouldBe(["approved", "opinion"], ignoreOrder: true);
        (await platform.Post(Owner, Route + $"/projects/{id}/award", new AwardProjectBody(null, null, null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("待审批");

        await platform.Post(AgricultureDesk, Route + $"/projects/{id}/justification-decision", new DecideJustificationBody(true, "属汛期抢险，同意"));
        var project = (await platform.ProjectAsync(id))!;
        project.Status.ShouldBe(ProjectStatus.Awarded);
        project.Contractor!.CreditCode.ShouldBe(Bidders[3].CreditCode);
        project.Deadline.ShouldBeNull();
        (await platform.EventsAsync(id)).Select(e => e.GetType().Name).ShouldBe(["WorksProjectPublished", "JustificationApproved", "WorksProjectAwarded"]);
    }

    [Fact]
    public async Task A_refused_justification_ends_the_project_and_closes_its_oversight_case()
    {
        platform.SetTime(Time("2025-04-08 10:00"));
        var id = (await platform.PublishAsync(DirectAward(300_000m, ProcurementMethods.SelfContracting))).Id;
        var tracked = await platform.Host.TrackAsync(() =>
            platform.Post(AgricultureDesk, Route + $"/projects/{id}/justification-decision", new DecideJustificationBody(false, "不属于可自主发包情形")));
        tracked.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().Outcome.ShouldBe("审批未通过");
        (await platform.ProjectAsync(id))!.Status.ShouldBe(ProjectStatus.Rejected);
        (await platform.Post(AgricultureDesk, Route + $"/projects/{id}/justification-decision", new DecideJustificationBody(true, "同意"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("审批未通过");
    }

    [Fact]
    public async Task Contract_then_works_then_completion_acceptance_close_the_project_and_each_step_out_of_order_is_409_naming_the_state()
    {
        var id = await platform.RegisteredAsync(ProcurementMethods.RandomDraw, (Bidders[0], null));
        var url = Route + $"/projects/{id}";
        var before = await platform.EventCountAsync();
        (await platform.Post(Owner, url + "/contract", new SignContractBody("HT-1", 800_000m), 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("报名中");
        (await platform.Post(Owner, url + "/works-start", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("报名中");
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Owner, url + "/award", new AwardProjectBody(null, null, null));
        (await platform.Post(Owner, url + "/completion-acceptance", new AcceptCompletionBody("合格"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已定标");
        (await platform.Post(Owner, url + "/contract", new SignContractBody(" ", 900_000.01m), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["contractNumber", "amount"], ignoreOrder: true);
        await platform.Post(Bidders[0], url + "/contract", new SignContractBody("HT-1", 800_000m), 403);
        await platform.Post(Owner, url + "/contract", new SignContractBody("HT-1", 800_000m));
        await platform.Post(Owner, url + "/works-start", new { });
        (await platform.Post(Owner, url + "/works-start", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("履约中");

        platform.SetTime(Time("2025-09-30 15:00"));
        var tracked = await platform.Host.TrackAsync(() => platform.Post(Owner, url + "/completion-acceptance", new AcceptCompletionBody("道路硬化质量合格")));
        var closed = tracked.MessagesPublished<CaseClosed>().ShouldHaveSingleItem();
        closed.Outcome.ShouldBe("已竣工验收");
        closed.ClosedAt.ShouldBe(Time("2025-09-30 15:00"));
        var project = (await platform.ProjectAsync(id))!;
        project.Status.ShouldBe(ProjectStatus.Completed);
        project.ContractAmount.ShouldBe(800_000m);
        (await platform.SqlRowsAsync($"select status, contract_amount::text, completed from procurement.project_rows where project_id = '{id}'"))
            .ShouldBe(["completed|800000.00|True"]);
        (await platform.Post(Owner, url + "/completion-acceptance", new AcceptCompletionBody("合格"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已竣工验收");
    }
}
