using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.LandUse.Contracts;
using Nanchuan.Licensing.FastApproval;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

public sealed class FastApprovalDecisionTests
{
    private static readonly DateTimeOffset Now = new(2031, 6, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private static FastApprovalProject Project()
    {
        var project = new FastApprovalProject();
        project.Apply(FastApprovalDecisions.Enter(Guid.NewGuid(), new EnterPipeline("康养中心", UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!), "示例公司", "康养项目"), Now));
        return project;
    }

    [Fact]
    public void A_problem_is_solved_once_and_a_project_with_an_open_problem_cannot_close()
    {
        var project = Project();
        var raised = FastApprovalDecisions.Raise(project, new RaiseProblem("临时用电接入慢"), Now);
        project.Apply(raised);
        Should.Throw<InvalidStateTransitionException>(() => FastApprovalDecisions.Close(project, new CloseFastApprovalProject("竣工"), Now))
            .CurrentState.ShouldBe("尚有1个问题未解决");
        project.Apply(FastApprovalDecisions.Solve(project, raised.ProblemId, new SolveProblem("协调供电公司"), Now));
        Should.Throw<InvalidStateTransitionException>(() => FastApprovalDecisions.Solve(project, raised.ProblemId, new SolveProblem("再次"), Now))
            .CurrentState.ShouldBe("问题已解决");
        Should.Throw<NotFoundException>(() => FastApprovalDecisions.Solve(project, Guid.NewGuid(), new SolveProblem("无此问题"), Now));
        project.Apply(FastApprovalDecisions.Close(project, new CloseFastApprovalProject("竣工投产"), Now));
        Should.Throw<InvalidStateTransitionException>(() => FastApprovalDecisions.Raise(project, new RaiseProblem("新问题"), Now)).CurrentState.ShouldBe("已办结");
    }

    [Fact]
    public void A_reassignment_states_its_reason_and_names_the_previous_officer()
    {
        var project = Project();
        project.Apply(FastApprovalDecisions.AssignOfficer(project, new AssignTrackingOfficer("clerk-1", "刘青", null), Now));
        Should.Throw<DomainValidationException>(() => FastApprovalDecisions.AssignOfficer(project, new AssignTrackingOfficer("clerk-2", "陈明", " "), Now));
        Should.Throw<InvalidStateTransitionException>(() => FastApprovalDecisions.AssignOfficer(project, new AssignTrackingOfficer("clerk-1", "刘青", "重复"), Now));
        var reassigned = FastApprovalDecisions.AssignOfficer(project, new AssignTrackingOfficer("clerk-2", "陈明", "刘青调岗"), Now);
        reassigned.PreviousOfficerId.ShouldBe("clerk-1");
        reassigned.Reason.ShouldBe("刘青调岗");
    }

    [Fact]
    public void Up_front_service_is_given_once_and_needs_a_path()
    {
        var project = Project();
        Should.Throw<DomainValidationException>(() => FastApprovalDecisions.GiveUpFrontService(project, new GiveUpFrontService([], null, null, null), null, null, Now));
        var given = FastApprovalDecisions.GiveUpFrontService(project, new GiveUpFrontService(null, ["消防设计先行"], SupplyType.Transfer, null), ["立项", "规划"], 12, Now);
        given.ApprovalPath.ShouldBe(["立项", "规划"]);
        given.NoticeApplicantMaterials.ShouldBe(12);
        project.Apply(given);
        Should.Throw<InvalidStateTransitionException>(() => FastApprovalDecisions.GiveUpFrontService(project, new GiveUpFrontService(["立项"], null, null, null), null, null, Now));
    }
}

[Collection(LicensingCollection.Name)]
public sealed class FastApprovalApiTests(LicensingHost platform)
{
    private const string Projects = "/api/licensing/fast-approval/projects";
    private static readonly UnifiedSocialCreditCode Investor = UnifiedSocialCreditCode.Parse(TestActors.Enterprise.CreditCode!);
    private static readonly BuildingBlocks.Actors.Actor Ndrc = new("dh-ndrc", "区发展改革委 吴九", BuildingBlocks.Actors.Roles.DepartmentHandler, FastApprovalAccess.PipelineDepartment, null, BuildingBlocks.Actors.Channels.Web);
    private static readonly BuildingBlocks.Actors.Actor Officer = TestActors.WindowClerk;

    [Fact]
    public async Task A_project_through_the_pipeline_is_counted_per_project_and_in_total()
    {
        platform.SetShanghaiTime(2031, 6, 2, 9, 0);
        var project = await platform.PostAsync<FastApprovalProject>(Projects, new EnterPipeline("南川区金佛山康养中心", Investor, "重庆南川示例科技有限公司", "社会投资康养项目"), TestActors.BusinessOffice);
        var url = $"{Projects}/{project.Id}";
        var served = await platform.PostAsync<FastApprovalProject>($"{url}/up-front-service", new GiveUpFrontService(null, ["施工图审查前完成消防设计"], SupplyType.Transfer, []), Ndrc);
        served.ApprovalPath.Count.ShouldBe(7);
        await platform.PostAsync<FastApprovalProject>($"{url}/up-front-service", new GiveUpFrontService(["立项"], null, null, null), Ndrc, 409);

        await platform.PostAsync<FastApprovalProject>($"{url}/site-visits", new RecordSiteGuidance(ConstructionPhase.Foundation, "基坑支护"), Officer, 403);
        await platform.PostAsync<FastApprovalProject>($"{url}/tracking-officer", new AssignTrackingOfficer(Officer.Id, Officer.Name, null), Officer, 403);
        await platform.PostAsync<FastApprovalProject>($"{url}/tracking-officer", new AssignTrackingOfficer(Officer.Id, Officer.Name, null), TestActors.BusinessOffice);
        foreach (var phase in Enum.GetValues<ConstructionPhase>())
            await platform.PostAsync<FastApprovalProject>($"{url}/site-visits", new RecordSiteGuidance(phase, $"{ConstructionPhases.Label(phase)}现场指导"), Officer);
        await platform.PostAsync<FastApprovalProject>($"{url}/site-visits", new RecordSiteGuidance(ConstructionPhase.MainStructure, "主体验收准备"), Officer);
        await platform.PostAsync<FastApprovalProject>($"{url}/meetings", new HoldServiceMeeting("施工许可与消防并联", ["区发展改革委", "区住房城乡建委", "项目业主"], "两周内并联审查"), Officer);
        var first = (await platform.PostAsync<FastApprovalProject>($"{url}/problems", new RaiseProblem("临时用电接入排期长"), Officer)).Problems.Single();
        var withTwo = await platform.PostAsync<FastApprovalProject>($"{url}/problems", new RaiseProblem("渣土消纳场地未落实"), Officer);
        var second = withTwo.Problems.Single(p => p.Id != first.Id);
        var solved = await platform.PostAsync<FastApprovalProject>($"{url}/problems/{first.Id}/solution", new SolveProblem("协调供电公司三日内接入"), Officer);
        solved.Problems.Single(p => p.Id == first.Id).ShouldSatisfyAllConditions(p => p.Solution.ShouldBe("协调供电公司三日内接入"), p => p.SolvedAt.ShouldNotBeNull());
        (await platform.RejectedAsync($"{url}/problems/{first.Id}/solution", new SolveProblem("再次"), Officer, 409)).ShouldContain("问题已解决");
        (await platform.RejectedAsync($"{url}/closure", new CloseFastApprovalProject("竣工"), Ndrc, 409)).ShouldContain("尚有1个问题未解决");

        // Reassignment: recorded with the reason; the former officer may no longer write.
        var reassigned = await platform.PostAsync<FastApprovalProject>($"{url}/tracking-officer", new AssignTrackingOfficer("clerk-9", "政务服务中心 陈明", "刘青调岗"), Ndrc);
        reassigned.Officers.Select(o => o.OfficerId).ShouldBe([Officer.Id, "clerk-9"]);
        await platform.PostAsync<FastApprovalProject>($"{url}/problems/{second.Id}/solution", new SolveProblem("协调城管部门"), Officer, 403);
        await platform.PostAsync<FastApprovalProject>($"{url}/problems/{second.Id}/solution", new SolveProblem("协调城管部门指定消纳场"), TestActors.BusinessOffice);
        var closed = await platform.PostAsync<FastApprovalProject>($"{url}/closure", new CloseFastApprovalProject("竣工投产"), Ndrc);
        closed.Closed.ShouldBeTrue();
        await platform.PostAsync<FastApprovalProject>($"{url}/meetings", new HoldServiceMeeting("复盘", ["区发展改革委"], "总结"), Ndrc, 409);

        await platform.GetAsync<FastApprovalProject>(url, TestActors.Enterprise);
        await platform.GetAsync<FastApprovalProject>(url, TestActors.Enterprise with { CreditCode = "914403001922038216" }, 403);
        await platform.GetAsync<FastApprovalProject>(url, TestActors.Supervisor);
        await platform.PostAsync<FastApprovalProject>($"{url}/meetings", new HoldServiceMeeting("督查", ["区纪委监委"], "无"), TestActors.Supervisor, 403);

        var report = await platform.GetAsync<FastApprovalReport>("/api/licensing/fast-approval/report?from=2031-06-02&to=2031-06-02", TestActors.Supervisor);
        report.ShouldSatisfyAllConditions(
            r => r.Projects.ShouldBe(1), r => r.Closed.ShouldBe(1), r => r.SiteVisits.ShouldBe(4), r => r.Meetings.ShouldBe(1),
            r => r.ProblemsRaised.ShouldBe(2), r => r.ProblemsSolved.ShouldBe(2));
        var row = report.ByProject.Single();
        (row.FoundationVisits, row.MainStructureVisits, row.EquipmentInstallationVisits, row.OfficerAssignments, row.TrackingOfficer)
            .ShouldBe((1, 2, 1, 2, "政务服务中心 陈明"));
        (await platform.SqlRowsAsync($"select name, tracking_officer, officer_assignments, site_visits, meetings, problems_raised, problems_solved, closed_at is not null, up_front_service_at is not null from licensing.fast_approval_projects where project_id = '{project.Id}'"))
            .ShouldBe(["南川区金佛山康养中心|政务服务中心 陈明|2|4|1|2|2|True|True"]);
        await platform.GetAsync<FastApprovalReport>("/api/licensing/fast-approval/report", TestActors.Planner, 403);
    }

    [Fact]
    public async Task Invalid_entry_is_a_400_with_field_errors_and_writes_nothing_and_other_departments_are_refused()
    {
        var before = await platform.CountAsync<FastApprovalProject>();
        var events = await platform.EventCountAsync<ProjectEnteredPipeline>();
        var problem = await platform.RejectedAsync(Projects, new EnterPipeline(" ", Investor, "", "工业项目"), TestActors.BusinessOffice, 400);
        problem.ShouldContain("name");
        problem.ShouldContain("investorName");
        (await platform.RejectedAsync(Projects, new EnterPipeline("厂房", Investor, "示例公司", "工业项目"), TestActors.Planner, 403)).ShouldContain("区发展改革委");
        await platform.RejectedAsync(Projects, new EnterPipeline("厂房", Investor, "示例公司", "工业项目"), TestActors.Enterprise, 403);
        (await platform.CountAsync<FastApprovalProject>()).ShouldBe(before);
        (await platform.EventCountAsync<ProjectEnteredPipeline>()).ShouldBe(events);

        platform.SetShanghaiTime(2031, 6, 3, 9, 0);
        var project = await platform.PostAsync<FastApprovalProject>(Projects, new EnterPipeline("南川工业园厂房", Investor, "示例公司", "工业项目"), Ndrc);
        var meeting = await platform.RejectedAsync($"{Projects}/{project.Id}/meetings", new HoldServiceMeeting("", [" "], ""), Ndrc, 400);
        meeting.ShouldContain("topic");
        meeting.ShouldContain("attendees");
        meeting.ShouldContain("outcome");
        (await platform.GetAsync<FastApprovalProject>($"{Projects}/{project.Id}", Ndrc)).Meetings.ShouldBeEmpty();
        await platform.GetAsync<FastApprovalReport>("/api/licensing/fast-approval/report?from=2031-06-04&to=2031-06-03", Ndrc, 400);
    }
}
