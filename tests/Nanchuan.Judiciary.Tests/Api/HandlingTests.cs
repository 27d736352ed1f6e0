using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Judiciary.Assignment;
using Nanchuan.Judiciary.Contracts;
using Nanchuan.Judiciary.HandingBack;
using Nanchuan.Judiciary.Pausing;
using Nanchuan.Judiciary.Referral;
using Nanchuan.Judiciary.Results;
using static Nanchuan.Judiciary.Tests.Api.JudiciaryApi;

namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>
/// Comprehensive handling (综合调处): court → centre → unit within 15 working days on the 2026 holiday calendar (Mid-Autumn
/// 25–27 Sep, National Day 1–7 Oct, make-up Saturday 10 Oct), paused when the parties ask for time, handed back, reported.
/// Each test has a unit of its own so the per-unit figures are its own.
/// </summary>
[Collection(JudiciaryCollection.Name)]
public sealed class HandlingTests(JudiciaryHost platform)
{
    private const string Deadline = "Mediation";

    [Fact]
    public async Task A_mediation_assigned_by_the_centre_and_not_reported_within_its_limit_shows_as_overdue_for_that_unit()
    {
        // 15 working days after Wed 2026-09-23: 24 Sep, 28–30 Sep, 8–9 Oct, Sat 10 Oct (make-up), 12–16 Oct, 19–21 Oct.
        var unit = Unit("大观镇人民政府");
        platform.SetTime(Time("2026-09-23 10:00"));
        var id = await platform.FileAsync(Codes[5]);
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("建议属地调处"));
        var assigned = await platform.Host.TrackAsync(() => platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(unit.DepartmentId, null)));
        var @case = new OversightCase("Judiciary", "dispute", id, Codes[5], "大观镇人民政府");
        assigned.MessagesPublished<DeadlineSet>().ShouldHaveSingleItem().ShouldBe(new DeadlineSet(@case, Deadline, "15个工作日",
            Time("2026-09-23 10:00"), Time("2026-10-21 18:00"), Time("2026-10-20 18:00")));

        platform.SetTime(Time("2026-10-20 18:00"));
        (await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Warning("dispute", id, Deadline, Time("2026-10-21 18:00"), Time("2026-10-20 18:00"))))
            .MessagesPublished<DeadlineWarned>().ShouldHaveSingleItem().Case.ShouldBe(@case);
        platform.SetTime(Time("2026-10-21 18:00").AddSeconds(1));
        (await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("dispute", id, Deadline, Time("2026-10-21 18:00"))))
            .MessagesPublished<DeadlineOverdue>().ShouldHaveSingleItem().Case.ShouldBe(@case);

        (await platform.SqlRowsAsync("select month, assigned, open, overdue from judiciary.mediations_overdue_by_unit where unit = '大观镇人民政府'"))
            .ShouldBe(["2026-09|1|1|1"]);
        (await platform.Get(Centre, $"{Cases}/{id}").Read<DisputeCase>()).Mediation!.Overdue.ShouldBeTrue();

        platform.SetTime(Time("2026-10-23 10:00"));
        await platform.Post(unit, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "逾期后达成和解"));
        (await platform.SqlRowsAsync("select resolved, resolved_on_time from judiciary.ping_an_assessment where unit = '大观镇人民政府'")).ShouldBe(["1|0"]);
    }

    [Fact]
    public async Task The_parties_pause_stops_the_clock_over_National_Day_and_resuming_moves_the_due_time_by_the_business_time_it_stood_still()
    {
        var unit = Unit("东城街道办事处");
        platform.SetTime(Time("2026-09-23 10:00"));
        var id = await platform.AssignedAsync(Codes[6], unit);

        platform.SetTime(Time("2026-09-29 09:30"));
        await platform.Post(Street, $"{Cases}/{id}/mediation/pause", new PauseMediationBody("双方申请暂缓"), 403);
        await platform.Post(unit, $"{Cases}/{id}/mediation/pause", new PauseMediationBody(" "), 400);
        await platform.Post(unit, $"{Cases}/{id}/mediation/pause", new PauseMediationBody("被申请人申请暂缓以筹措还款，申请人同意"));
        (await platform.Post(unit, $"{Cases}/{id}/mediation/pause", new PauseMediationBody("再次申请"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("调处中（已暂停计时）");

        // The old overdue check fires while the clock stands still: stale, nothing is recorded.
        platform.SetTime(Time("2026-10-21 18:00").AddSeconds(1));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("dispute", id, Deadline, Time("2026-10-21 18:00")));
        (await platform.EventsAsync(id)).OfType<MediationOverdue>().ShouldBeEmpty();

        // Paused Tue 29 Sep 09:30 – Fri 9 Oct 09:30: 8.5 + 9.5 (30 Sep) + 9.5 (8 Oct) + 1 business hours = 28.5 h = three business days.
        platform.SetTime(Time("2026-10-09 09:30"));
        var resumed = await platform.Host.TrackAsync(() => platform.Post(unit, $"{Cases}/{id}/mediation/resume", new { }));
        var moved = resumed.MessagesPublished<DeadlineRecomputed>().ShouldHaveSingleItem();
        (moved.PreviousDueAt, moved.DueAt).ShouldBe((Time("2026-10-21 18:00"), Time("2026-10-26 18:00")));
        var mediation = (await platform.Get(unit, $"{Cases}/{id}").Read<DisputeCase>()).Mediation!;
        (mediation.DueAt, mediation.PausedFor, mediation.PausedAt).ShouldBe((Time("2026-10-26 18:00"), TimeSpan.FromHours(28.5), (DateTimeOffset?)null));
        (await platform.Post(unit, $"{Cases}/{id}/mediation/resume", new { }, 409).Read<ProblemDetails>()).Extensions["currentState"]!.ToString().ShouldBe("调处中（正在计时）");

        // The old due time is stale; the new one holds: on 26 Oct at 18:00 the result is on time.
        platform.SetTime(Time("2026-10-22 09:00"));
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue("dispute", id, Deadline, Time("2026-10-21 18:00")));
        (await platform.EventsAsync(id)).OfType<MediationOverdue>().ShouldBeEmpty();
        platform.SetTime(Time("2026-10-26 18:00"));
        var closed = await platform.Host.TrackAsync(() => platform.Post(unit, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "达成分期付款协议")));
        closed.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().ShouldBe(new CaseClosed(new OversightCase("Judiciary", "dispute", id, Codes[6], "东城街道办事处"),
            "调处成功", true, Time("2026-10-26 18:00")));
        closed.FindSingleTrackedMessageOfType<EnterpriseDisputeResolved>().ShouldBe(new EnterpriseDisputeResolved(id, Codes[6], "东城街道办事处", "2026-10", true, Time("2026-10-26 18:00")));
    }

    [Fact]
    public async Task A_unit_hands_a_wrongly_assigned_case_back_with_its_reason_and_the_centre_assigns_it_again()
    {
        var wrong = Unit("西城街道办事处");
        var right = Unit("南平镇人民政府");
        platform.SetTime(Time("2026-11-02 10:00"));
        var id = await platform.AssignedAsync(Codes[7], wrong);
        await platform.Post(wrong, $"{Cases}/{id}/mediation/hand-back", new HandBackBody(null), 400);
        await platform.Post(right, $"{Cases}/{id}/mediation/hand-back", new HandBackBody("非本单位辖区"), 403);
        await platform.Post(wrong, $"{Cases}/{id}/mediation/hand-back", new HandBackBody("企业注册地在南平镇，非本街道辖区"));

        var back = await platform.Get(Centre, $"{Cases}/{id}").Read<DisputeCase>();
        back.Status.ShouldBe(DisputeStatus.AwaitingAssignment);
        back.HandBacks.Single().ShouldBe(new HandBack("西城街道办事处", "企业注册地在南平镇，非本街道辖区", Time("2026-11-02 10:00")));
        await platform.Post(wrong, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "已调处"), 409);

        // Reassigned on Wed 4 Nov with a limit of 5 working days: due Wed 11 Nov 18:00.
        platform.SetTime(Time("2026-11-04 10:00"));
        await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(IdOf("南平镇人民政府"), 5));
        (await platform.Get(right, $"{Cases}/{id}").Read<DisputeCase>()).Mediation!.DueAt.ShouldBe(Time("2026-11-11 18:00"));
        await platform.Get(wrong, $"{Cases}/{id}");
        (await platform.Get(wrong, $"{Cases}/{id}").Read<DisputeCase>()).Parties.ShouldContain(p => p.Name == "李**");
        (await platform.SqlRowsAsync($"select unit, outcome from judiciary.mediation_rows where case_id = '{id}' order by assigned_at"))
            .ShouldBe(["西城街道办事处|handedBack", "南平镇人民政府|"]);
    }

    [Fact]
    public async Task Steps_out_of_order_are_409_naming_the_state_others_are_403_and_nothing_is_written()
    {
        var unit = Unit("水江镇人民政府");
        platform.SetTime(Time("2026-11-05 10:00"));
        var id = await platform.FileAsync(Codes[8]);
        var before = await platform.EventCountAsync();
        (await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(IdOf("水江镇人民政府"), null), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("已登记");
        await platform.Post(unit, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "调处成功"), 409);
        await platform.Post(Centre, $"{Cases}/{id}/referral", new ReferToCentreBody("移交"), 403);
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody(null), 400);
        (await platform.EventCountAsync()).ShouldBe(before);

        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("移交"));
        await platform.Post(Court, $"{Cases}/{id}/referral", new ReferToCentreBody("再次移交"), 409);
        await platform.Post(Court, $"{Cases}/{id}/assignment", new AssignMediationBody(IdOf("水江镇人民政府"), null), 403);
        var problem = await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(IdOf(Units.Centre), 0), 400).Read<HttpValidationProblemDetails>();
        problem.Errors.Keys.ShouldBe(["unitId", "workingDays"], ignoreOrder: true);
        await platform.Post(Centre, $"{Cases}/{id}/assignment", new AssignMediationBody(IdOf("水江镇人民政府"), null));
        var middle = await platform.EventCountAsync();
        await platform.Post(Market, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "调处成功"), 403);
        await platform.Post(unit, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(null, " "), 400);
        await platform.Post(TestActors.Supervisor, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "调处成功"), 403);
        (await platform.EventCountAsync()).ShouldBe(middle);

        var answer = await platform.Post(unit, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(false, "申请人坚持诉讼")).Read<CaseStepRecorded>();
        answer.Event.ShouldBe("MediationResultReported");
        (await platform.Post(unit, $"{Cases}/{id}/mediation/result", new ReportMediationResultBody(true, "又调成了"), 409).Read<ProblemDetails>())
            .Extensions["currentState"]!.ToString().ShouldBe("调处不成");
    }
}
