using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Awards.Approving;
using Nanchuan.Awards.Final;
using Nanchuan.Awards.Opening;
using Nanchuan.Awards.Preliminary;
using Nanchuan.Awards.Submitting;
using Nanchuan.Awards.Voting;
using Nanchuan.Enforcement.Findings;
using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Incentives.Signing;
using Nanchuan.Judiciary.Assignment;
using Nanchuan.Judiciary.Filing;
using Nanchuan.Judiciary.Referral;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.Registration;
using Nanchuan.Oversight.Cases;
using Nanchuan.Oversight.Supervising;
using Nanchuan.Procurement.Publishing;
using static Nanchuan.Oversight.Tests.Api.OversightApi;
using ApprovingBody = Nanchuan.Awards.Domain.ApprovingBody;
using DisputeStage = Nanchuan.Judiciary.Domain.DisputeStage;
using EntrantKind = Nanchuan.Awards.Domain.EntrantKind;
using FindingOutcome = Nanchuan.Enforcement.Domain.FindingOutcome;
using FundingSource = Nanchuan.Procurement.Domain.FundingSource;
using IncentiveBasis = Nanchuan.Incentives.Domain.IncentiveBasis;
using IncentiveKind = Nanchuan.Incentives.Domain.IncentiveKind;
using MediaKind = Nanchuan.Awards.Domain.MediaKind;
using MilestoneKind = Nanchuan.Incentives.Domain.MilestoneKind;
using PartyKind = Nanchuan.Judiciary.Domain.PartyKind;
using ProcurementMethods = Nanchuan.Procurement.Domain.ProcurementMethods;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// 督办 from the oversight side on the modules that opted in to the kit's step (ADR 0107): each case made overdue by its own
/// timer on the real calendar, supervised through <c>/api/oversight/cases/{id}/supervision-notice</c> by the business office,
/// and read back in the case's history with who issued it; refusals write nothing.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class ModuleSupervisionTests(OversightHost platform)
{
    private static readonly OversightNoticeBody Demand = new("请于2个工作日内办结并书面反馈办理情况。");
    private static readonly Actor Owner = new("ent-N2500119MA5UA0BC6X", "大观镇金龙村股份经济合作联合社", Roles.Enterprise, null, "N2500119MA5UA0BC6X", Channels.Web);
    private static readonly Actor Emergency = new("yj-1", "区应急管理局 陈某", Roles.DepartmentHandler, "区应急管理局", null, Channels.Web);
    private static readonly Actor ParkCommittee = new("pc-1", "工业园区管委会 李主任", Roles.DepartmentHandler, "工业园区管委会", null, Channels.Web);
    private static readonly Actor Court = new("fy-1", "区法院 陈法官", Roles.DepartmentHandler, "区法院", null, Channels.Web);
    private static readonly Actor Centre = new("mt-1", "区矛调中心 周主任", Roles.DepartmentHandler, "区矛调中心", null, Channels.Web);

    [Fact]
    public async Task An_overdue_licensing_application_is_supervised_and_the_notice_is_in_its_history()
    {
        // Accepted Fri 2024-09-13 10:00 with a promise of 2 working days: Sat 09-14 (a make-up workday), then Mid-Autumn 15–17 Sep off,
        // so due Wed 2024-09-18 18:00.
        var id = await ApplicationAsync("XK-DB-001", "91500119MA5U8XRB98", At(2024, 9, 13, 10, 0));
        await OverdueAsync(id);
        await ShouldBeSupervisedAsync(id, "区市场监管局", "Promised", "承诺办结时限2024-09-18 18:00到期");
    }

    [Fact]
    public async Task An_overdue_company_registration_is_supervised()
    {
        // Accepted Mon 2024-10-14 09:00: half a working day (4 h 45 min of business hours), due 13:45.
        platform.SetTime(At(2024, 10, 14, 9, 0));
        var id = (await platform.Host.Post(TestActors.ClerkAt("东城"), "/api/licensing/registrations",
            new FileRegistration("东城", "重庆南川督办示例有限公司", "李明", "重庆市南川区东城街道金佛大道1号", "茶叶种植与加工", null)).Read<CaseCreated>()).Id;
        await OverdueAsync(id, await platform.Tracked(() => platform.Host.Post(TestActors.ClerkAt("东城"), $"/api/licensing/registrations/{id}/acceptance", new { })));
        await ShouldBeSupervisedAsync(id, "区市场监管局", "Licence", "营业执照办结时限2024-10-14 13:45到期");
    }

    [Fact]
    public async Task An_overdue_award_of_a_works_project_is_supervised()
    {
        // Published Tue 2025-04-29: registration to Fri 05-09 (May 1–5 off), the award due Fri 2025-05-16 18:00.
        platform.SetTime(At(2025, 4, 29, 9, 0));
        var id = Guid.Empty;
        var published = await platform.Tracked(async () => id = (await platform.Host.Post(Owner, "/api/procurement/projects",
            new PublishProjectRequest("金龙村道路硬化工程", "区农业农村委", FundingSource.Fiscal, 500_000m, ProcurementMethods.RandomDraw, null, null), 201)
            .Read<ProjectPublishedResponse>()).Id);
        await OverdueAsync(id, published);
        await ShouldBeSupervisedAsync(id, Owner.Name, "Award", "定标期限2025-05-16 18:00到期");
    }

    [Fact]
    public async Task An_overdue_rectification_of_an_inspection_is_supervised()
    {
        // Fri 2025-04-25: 10 working days across Labour Day, due Tue 2025-05-13 18:00.
        platform.SetTime(At(2025, 4, 25, 10, 0));
        var id = (await platform.Host.Post(Emergency, "/api/enforcement/inspections", new RecordInspectionRequest("91500119MA5EF0B357", "重庆南川督办检查有限公司",
            "complaint", "受理举报：危化品仓库管理混乱", null, ["应急局 陈某", "应急局 黄某"], null), 201).Read<InspectionRecordedResponse>()).Id;
        await OverdueAsync(id, await platform.Tracked(() => platform.Host.Post(Emergency, $"/api/enforcement/inspections/{id}/findings", new RecordFindingsBody(
        [
            new("IN-01", FindingOutcome.Compliant, null, null, null),
            new("IN-02", FindingOutcome.RectificationRequired, "危化品仓库未落实双人双锁", 10, null),
        ]))));
        await ShouldBeSupervisedAsync(id, "区应急管理局", "Rectification:IN-02", "整改期限（IN-02）2025-05-13 18:00到期");
    }

    [Fact]
    public async Task An_unpaid_incentive_past_its_payment_deadline_is_supervised()
    {
        // Signed Mon 2025-03-10 10:00; G2 is due from signing and 60 calendar days later, at the end of 2025-05-09, overdue.
        platform.SetTime(At(2025, 3, 10, 10, 0));
        var id = Guid.Empty;
        var signed = await platform.Tracked(async () => id = (await platform.Host.Post(ParkCommittee, "/api/incentives/agreements", new RecordAgreementRequest(
            "NCGYY-2025-DB1", "91500119MA5EF0A201", "重庆南川督办兑现有限公司", "新能源电池材料生产基地", new DateOnly(2025, 3, 10),
            [new("E1", MilestoneKind.ConstructionStart, "项目开工建设", null, new DateOnly(2025, 10, 9))],
            [new("G2", IncentiveKind.Infrastructure, IncentiveBasis.Agreement, null, "厂区道路及管网配套", "签约即实施", null, 1_200_000m)]), 201)
            .Read<AgreementRecordedResponse>()).Id);
        await OverdueAsync(id, signed, "Payment:");
        await ShouldBeSupervisedAsync(id, "工业园区管委会", "Payment:G2", "政策兑现期限（G2）2025-05-10 00:00到期");
    }

    [Fact]
    public async Task An_overdue_mediation_is_supervised()
    {
        // Assigned Wed 2026-09-23 10:00 to 大观镇: 15 working days over Mid-Autumn and National Day, due Wed 2026-10-21 18:00.
        platform.SetTime(At(2026, 9, 23, 10, 0));
        var id = (await platform.Host.Post(Court, "/api/judiciary/cases", new FileDisputeRequest("91500119MA5JD0C005", "重庆南川督办纠纷有限公司",
            "买卖合同纠纷：货款48万元逾期未付", DisputeStage.Litigation, 1, [new(PartyKind.Organisation, "重庆某建材贸易有限公司", "023-71234567")]), 201)
            .Read<DisputeFiledResponse>()).Id;
        await platform.Host.Post(Court, $"/api/judiciary/cases/{id}/referral", new ReferToCentreBody("建议属地调处"));
        await OverdueAsync(id, await platform.Tracked(() => platform.Host.Post(Centre, $"/api/judiciary/cases/{id}/assignment",
            new AssignMediationBody(BuildingBlocks.Departments.DepartmentSeed.ByName("大观镇人民政府").Id, null))));
        await ShouldBeSupervisedAsync(id, "大观镇人民政府", "Mediation", "调解办理期限2026-10-21 18:00到期");
    }

    [Fact]
    public async Task An_overdue_award_of_a_contest_is_supervised()
    {
        // 2024's contest, both approvals on Fri 2024-12-20: the award is due by the end of Q1 2025 (24:00 on Mon 31 March).
        const string contest = "/api/awards/contests/2024";
        var judge = new Actor("judge-db", "评委", Roles.DepartmentHandler, "区政协", null, Channels.Web);
        platform.SetTime(At(2024, 11, 4, 10, 0));
        await platform.Host.Post(TestActors.BusinessOffice, "/api/awards/contests", new OpenContestRequest(2024), 201);
        var entries = new List<Guid>();
        foreach (var unit in new[] { "U01", "U02" })
            entries.Add((await platform.Host.Post(TestActors.BusinessOffice, contest + "/entries", new SubmitEntryRequest(EntrantKind.ServiceUnit, unit, unit,
                $"案例{unit}", "为企业服务的做法和成效", [new(MediaKind.Photo, "https://media.example.cn/a.jpg", null)], []), 201).Read<EntrySubmittedResponse>()).EntryId);
        await platform.Host.Post(TestActors.BusinessOffice, contest + "/submissions/close", new { });
        await platform.Host.Post(TestActors.BusinessOffice, contest + "/preliminary",
            new CompletePreliminaryBody(entries.Select((e, i) => new AssessmentBody(e, 90 - i, true, null)).ToList(), null));
        platform.SetTime(At(2024, 11, 20, 10, 0));
        await platform.Host.Post(TestActors.BusinessOffice, contest + "/voting/close", new CloseVotingBody(null));
        await platform.Host.Post(TestActors.BusinessOffice, contest + "/panel", new AppointPanelBody([new(judge.Id, judge.Name, "区政协", "政协委员")]));
        foreach (var entry in entries) await platform.Host.Post(judge, $"{contest}/entries/{entry}/scores", new ScoreFinalistBody(80));
        await platform.Host.Post(TestActors.BusinessOffice, contest + "/final-list", new SelectListBody(null));
        platform.SetTime(At(2024, 12, 20, 10, 0));
        await platform.Host.Post(TestActors.BusinessOffice, contest + "/approvals", new ApproveListBody(ApprovingBody.ExecutiveMeeting, "常务会议"));
        var id = BuildingBlocks.Events.DerivedIds.FromName("nanchuan:awards:contest:2024");
        await OverdueAsync(id, await platform.Tracked(() =>
            platform.Host.Post(TestActors.BusinessOffice, contest + "/approvals", new ApproveListBody(ApprovingBody.StandingCommittee, "常委会"))));
        await ShouldBeSupervisedAsync(id, "区营商办", "Award", "奖励兑现期限2025-04-01 00:00到期");
    }

    [Fact]
    public async Task Refusals_write_nothing_a_closed_case_is_409_naming_its_state_and_a_module_without_deadlines_names_rule_4()
    {
        var id = await ApplicationAsync("XK-DB-002", "91500119MA5U8XRC73", At(2024, 11, 4, 10, 0));
        var url = $"{Route}/cases/{id}/supervision-notice";
        var events = (await platform.Host.EventsAsync(id)).Count;

        // Not overdue yet: the module says so, naming the state.
        (await platform.Host.Post(TestActors.BusinessOffice, url, Demand, 409).Read<ProblemDetails>()).Detail!.ShouldContain("已受理待审批");
        // Another role: 403, and the refusal is logged.
        await platform.Host.Post(TestActors.MarketRegulator, url, Demand, 403);
        (await platform.Host.Get(TestActors.Supervisor, "/api/audit/refusals?limit=500").Read<List<AccessRefusal>>())
            .ShouldContain(r => r.ActorId == TestActors.MarketRegulator.Id && r.Path == url);

        // Decided and issued: closed, nothing of it runs any more.
        await platform.Host.Post(TestActors.MarketRegulator, $"/api/licensing/applications/{id}/decision", new DecideApplication(true, "材料齐全符合条件", null));
        await platform.Tracked(() => platform.Host.Post(TestActors.WindowClerk, $"/api/licensing/applications/{id}/result", new IssueApplicationResult("JY15001190099998", false)));
        events = (await platform.Host.EventsAsync(id)).Count;
        var closed = await platform.Host.Post(TestActors.BusinessOffice, url, Demand, 409).Read<ProblemDetails>();
        (closed.Detail, closed.Extensions["currentState"]?.ToString()).ShouldBe(
            ("案件当前状态为“已出件”，没有超期未办的时限，无需督办（平台规则4：督办针对超期事项） / the case is '已出件' with no overdue deadline: " +
             "a supervision notice escalates an overdue item (platform rule 4).", "已出件"));
        (await platform.Host.EventsAsync(id)).Count.ShouldBe(events);

        // A LandUse project: its spec sets no deadline, so there is nothing 督办 could escalate.
        var project = new OversightCase("LandUse", "land-project", Guid.NewGuid(), "91500119MA5U8XRC73", "区规划自然资源局");
        await platform.Host.InvokeAndWaitAsync(new CaseOpened(project, "用地项目：重庆南川督办示例有限公司", At(2024, 11, 4, 10, 0)));
        (await platform.Host.Post(TestActors.BusinessOffice, $"{Route}/cases/{project.CaseId}/supervision-notice", Demand, 409).Read<ProblemDetails>())
            .Detail!.ShouldContain("LandUse模块的“land-project”类案件在其规格中没有办理时限，无超期可言，依平台规则4（督办针对超期事项）不适用督办");
        (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/cases/{project.CaseId}").Read<OversightCasePage>()).Entries.ShouldNotContain(e => e.Kind == "notice");
    }

    [Fact]
    public async Task A_department_handler_reads_the_case_page_of_a_module_that_does_not_say_who_handles_its_cases()
    {
        // ServiceApplication is no IHandledCase: the audit API alone admits only the auditor roles; the case page admits the department of its items.
        var id = await ApplicationAsync("XK-DB-003", "91500119MA5U8XRD5X", At(2024, 11, 5, 10, 0));
        await platform.Host.Get(TestActors.MarketRegulator, $"/api/audit/streams/{id}", 403);

        var page = await platform.Host.Get(TestActors.MarketRegulator, $"{Route}/cases/{id}").Read<OversightCasePage>();
        page.History!.Events.Select(e => e.EventType).ShouldContain("application_accepted");
        (await platform.Host.Get(TestActors.MarketRegulator, $"{Route}/cases/{id}/state?version=1").Read<StreamStateAsOf>()).AsOfVersion.ShouldBe(1);
        await platform.Host.Get(TestActors.Planner, $"{Route}/cases/{id}", 403);
    }

    /// <summary>A catalogue item of 区市场监管局 promising 2 working days, applied for with every material at <paramref name="at"/>: accepted at once.</summary>
    private async Task<Guid> ApplicationAsync(string code, string creditCode, DateTimeOffset at)
    {
        var item = await platform.Host.Post(TestActors.Admin, "/api/licensing/catalogue/items",
            new CatalogueServiceItem(code, "食品经营许可", ServiceItemKind.AdministrativeLicence, "区市场监管局", ServiceItemOwnerLevel.DistrictDepartment, 20, 2, false, true, true, ["申请书"])).Read<Created>();
        platform.SetTime(at);
        var id = Guid.Empty;
        await platform.Tracked(async () => id = (await platform.Host.Post(TestActors.WindowClerk, "/api/licensing/applications",
            new SubmitApplication(item.Id, UnifiedSocialCreditCode.Parse(creditCode), "重庆南川督办示例有限公司", ["申请书"], null, true)).Read<Created>()).Id);
        return id;
    }

    private async Task OverdueAsync(Guid id)
    {
        var accepted = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/cases/{id}").Read<OversightCasePage>();
        var deadline = accepted.Deadlines.ShouldHaveSingleItem();
        await FireAsync(DeadlineTimers.Overdue(deadline.CaseType, id, deadline.Deadline, deadline.DueAt));
    }

    /// <summary>Delivers the overdue check a step scheduled for the case (of the deadline named with <paramref name="prefix"/>) at its moment.</summary>
    private Task OverdueAsync(Guid id, ITrackedSession step, string prefix = "") => FireAsync(DeadlineTimers.ScheduledBy(step)
        .First(t => t.CaseId == id && t.Alarm == DeadlineAlarm.Overdue && t.Deadline.StartsWith(prefix, StringComparison.Ordinal)));

    private async Task FireAsync(BuildingBlocks.Platform.Deadlines.DeadlineTimerFired overdue)
    {
        platform.SetTime(overdue.FireAt);
        var fired = await platform.Tracked(() => platform.Host.InvokeAndWaitAsync(overdue));
        fired.MessagesPublished<DeadlineOverdue>().ShouldHaveSingleItem();
    }

    /// <summary>督办 through the oversight endpoint: one step on the case, one notice to the deadline's department, and the event in the case's history.</summary>
    private async Task ShouldBeSupervisedAsync(Guid id, string department, string deadline, string summary)
    {
        var before = (await platform.Host.EventsAsync(id)).Count;
        CaseStepRecorded step = null!;
        var tracked = await platform.Tracked(async () =>
            step = await platform.Host.Post(TestActors.BusinessOffice, $"{Route}/cases/{id}/supervision-notice", Demand).Read<CaseStepRecorded>());

        (step.Id, step.Version, step.Event).ShouldBe((id, before + 1, nameof(OverdueCaseSupervised)));
        tracked.MessagesPublished<SupervisionNoticeIssued>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            n => n.Case.CaseId.ShouldBe(id), n => n.Case.Department.ShouldBe(department), n => n.Deadline.ShouldBe(deadline),
            n => n.Notice.ShouldBe(Demand.Demand), n => n.IssuedBy.ShouldBe(TestActors.BusinessOffice.Name));

        var page = await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/cases/{id}").Read<OversightCasePage>();
        var notice = page.History!.Events[^1];
        (notice.Version, notice.EventType, notice.Actor.Name, notice.Actor.Role).ShouldBe(
            (before + 1, "overdue_case_supervised", TestActors.BusinessOffice.Name, Roles.BusinessOffice));
        notice.Summary.ShouldBe($"区营商办督办{department}（{summary}，已超期）：{Demand.Demand}");
        page.Entries.ShouldContain(e => e.Kind == "notice" && e.Department == department);
    }

    private sealed record Created(Guid Id);
}
