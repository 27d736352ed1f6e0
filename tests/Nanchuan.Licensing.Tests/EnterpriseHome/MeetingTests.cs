using Alba;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Licensing.EnterpriseHome.Meetings;
using Nanchuan.Testing;
using static Nanchuan.Licensing.Tests.EnterpriseHome.MeetingHall;

namespace Nanchuan.Licensing.Tests.EnterpriseHome;

/// <summary>企业之家 协调议事 (issue 23 point 2; ADR 0110): convening, minutes, decisions watched as deadlines, who sees what.</summary>
[Collection(LicensingCollection.Name)]
public sealed class MeetingTests(LicensingHost platform)
{
    [Fact]
    public async Task A_decision_due_on_the_make_up_Saturday_10_October_2026_is_warned_on_9_October_and_overdue_after_18_00_on_10_October()
    {
        platform.SetShanghaiTime(2026, 9, 28, 9, 0);
        var (meeting, opened) = await platform.PostTrackedAsync<CoordinationMeeting>(Route, Request(), TestActors.BusinessOffice);
        opened.MessagesPublished<CaseOpened>().Single(o => o.Case.CaseId == meeting.Id).Case
            .ShouldBe(new OversightCase("Licensing", MeetingDeadlines.Type, meeting.Id, "91500119MA5U8XRB98", "企业之家"));
        meeting.Departments.Select(d => d.Name).ShouldBe(["区经济信息委", "区住房城乡建委"]);

        // Wednesday 30 September 2026; 1–7 October are the National Day holidays (8 October too is worked), Saturday 10 October a make-up workday.
        platform.SetShanghaiTime(2026, 9, 30, 10, 0);
        var (held, tracked) = await platform.PostTrackedAsync<CoordinationMeeting>($"{Route}/{meeting.Id}/minutes",
            Minutes(new DateTimeOffset(2026, 9, 29, 14, 30, 0, Beijing), new DecisionBody("协调供电公司完成外线接入方案", Economy, "刘强", new DateOnly(2026, 10, 10))),
            TestActors.BusinessOffice);

        held.Status.ShouldBe(MeetingStatus.FollowingUp);
        held.Absent.ShouldBe([new ConvenedDepartment(Housing, "区住房城乡建委")]);
        var decision = held.Decisions.ShouldHaveSingleItem();
        (decision.Number, decision.WorkingDays, decision.DueAt).ShouldBe((1, 3, new DateTimeOffset(2026, 10, 10, 18, 0, 0, Beijing)));
        var set = tracked.MessagesPublished<DeadlineSet>().Single(d => d.Case.CaseId == meeting.Id);
        (set.Deadline, set.Case.Department, set.WarningAt).ShouldBe(("Decision:1", "区经济信息委", new DateTimeOffset(2026, 10, 9, 18, 0, 0, Beijing)));

        var events = await platform.FireScheduledTimersAsync(tracked, meeting.Id);
        events.OfType<CoordinationDecisionWarned>().ShouldHaveSingleItem().Number.ShouldBe(1);
        events.OfType<CoordinationDecisionOverdue>().ShouldHaveSingleItem().DueAt.ShouldBe(new DateTimeOffset(2026, 10, 10, 18, 0, 0, Beijing));
        var overdue = await platform.GetAsync<CoordinationMeeting>($"{Route}/{meeting.Id}", TestActors.Enterprise);
        (overdue.Decisions[0].Warned, overdue.Decisions[0].Overdue).ShouldBe((true, true));

        platform.SetShanghaiTime(2026, 10, 12, 9, 0);
        var (late, closing) = await platform.PostTrackedAsync<CoordinationMeeting>($"{Route}/{meeting.Id}/decisions/1/completion",
            new CompleteDecisionBody("外线接入方案已确定"), EconomyHandler);
        late.Decisions[0].OnTime.ShouldBe(false);
        closing.MessagesPublished<DeadlineMet>().ShouldHaveSingleItem().OnTime.ShouldBeFalse();
        var closed = closing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem();
        (closed.Outcome, closed.OnTime).ShouldBe(("议定事项全部办结", false));
    }

    [Fact]
    public async Task The_owner_department_completes_its_decision_once_and_the_last_one_closes_the_meeting_on_time()
    {
        platform.SetShanghaiTime(2026, 11, 2, 9, 0); // Monday
        var meeting = await platform.ConveneAsync(Request(at: new DateTimeOffset(2026, 11, 2, 14, 0, 0, Beijing)));
        platform.SetShanghaiTime(2026, 11, 2, 16, 0);
        var url = $"{Route}/{meeting.Id}";
        await platform.PostAsync<CoordinationMeeting>($"{url}/decisions/1/completion", new CompleteDecisionBody("提前办理"), EconomyHandler, 409);
        var (held, tracked) = await platform.PostTrackedAsync<CoordinationMeeting>($"{url}/minutes", Minutes(new DateTimeOffset(2026, 11, 2, 14, 0, 0, Beijing),
            new DecisionBody("出具外线接入方案", Economy, null, new DateOnly(2026, 11, 6)),
            new DecisionBody("办理道路开口许可", Housing, "陈工", new DateOnly(2026, 11, 13))), TestActors.WindowClerk);
        held.Decisions.Select(d => (d.WorkingDays, d.DueAt)).ShouldBe(
            [(4, new DateTimeOffset(2026, 11, 6, 18, 0, 0, Beijing)), (9, new DateTimeOffset(2026, 11, 13, 18, 0, 0, Beijing))]);
        await platform.PostAsync<CoordinationMeeting>($"{url}/minutes", Minutes(new DateTimeOffset(2026, 11, 2, 14, 0, 0, Beijing)), TestActors.WindowClerk, 409);

        await platform.PostAsync<CoordinationMeeting>($"{url}/decisions/1/completion", new CompleteDecisionBody("已办"), HousingHandler, 403);
        await platform.PostAsync<CoordinationMeeting>($"{url}/decisions/1/completion", new CompleteDecisionBody("已办"), TestActors.Planner, 403);
        await platform.PostAsync<CoordinationMeeting>($"{url}/decisions/1/completion", new CompleteDecisionBody("已办"), TestActors.Enterprise, 403);
        (await platform.RejectedAsync($"{url}/decisions/1/completion", new { account = " " }, EconomyHandler, 400)).ShouldContain("\"account\"");
        await platform.PostAsync<CoordinationMeeting>($"{url}/decisions/3/completion", new CompleteDecisionBody("已办"), EconomyHandler, 404);

        platform.SetShanghaiTime(2026, 11, 5, 10, 0);
        var (first, met) = await platform.PostTrackedAsync<CoordinationMeeting>($"{url}/decisions/1/completion", new CompleteDecisionBody("方案已书面告知企业"), EconomyHandler);
        (first.Status, first.Decisions[0].OnTime, first.Decisions[0].CompletedBy).ShouldBe((MeetingStatus.FollowingUp, true, EconomyHandler.Name));
        met.MessagesPublished<DeadlineMet>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(m => m.Deadline.ShouldBe("Decision:1"), m => m.OnTime.ShouldBeTrue());
        met.MessagesPublished<CaseClosed>().ShouldBeEmpty();
        await platform.PostAsync<CoordinationMeeting>($"{url}/decisions/1/completion", new CompleteDecisionBody("再次办结"), EconomyHandler, 409);

        var (last, closing) = await platform.PostTrackedAsync<CoordinationMeeting>($"{url}/decisions/2/completion", new CompleteDecisionBody("许可已核发"), HousingHandler);
        last.Status.ShouldBe(MeetingStatus.Closed);
        var closed = closing.MessagesPublished<CaseClosed>().ShouldHaveSingleItem();
        (closed.Outcome, closed.OnTime, closed.Case.Department).ShouldBe(("议定事项全部办结", true, "企业之家"));

        var events = await platform.FireScheduledTimersAsync(tracked, meeting.Id);
        events.OfType<CoordinationDecisionWarned>().ShouldBeEmpty();
        events.OfType<CoordinationDecisionOverdue>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Minutes_with_no_decision_close_the_meeting()
    {
        platform.SetShanghaiTime(2026, 11, 3, 9, 0);
        var meeting = await platform.ConveneAsync(Request(at: new DateTimeOffset(2026, 11, 3, 9, 30, 0, Beijing)));
        platform.SetShanghaiTime(2026, 11, 3, 11, 0);
        var (held, tracked) = await platform.PostTrackedAsync<CoordinationMeeting>($"{Route}/{meeting.Id}/minutes",
            Minutes(new DateTimeOffset(2026, 11, 3, 9, 30, 0, Beijing)), TestActors.BusinessOffice);
        held.Status.ShouldBe(MeetingStatus.Closed);
        DeadlineTimers.ScheduledBy(tracked).ShouldBeEmpty();
        tracked.MessagesPublished<CaseClosed>().ShouldHaveSingleItem().Outcome.ShouldBe("会议无交办事项");
    }

    [Fact]
    public async Task Convening_with_bad_input_is_a_400_with_every_field_error_and_nothing_is_written()
    {
        platform.SetShanghaiTime(2026, 11, 4, 9, 0);
        var before = await platform.EventCountAsync<CoordinationMeetingConvened>();

        var empty = await platform.RejectedAsync(Route, new { }, TestActors.BusinessOffice, 400);
        foreach (var field in new[] { "creditCode", "enterpriseName", "matter", "departmentIds", "scheduledAt" }) empty.ShouldContain($"\"{field}\"");
        var wrong = await platform.RejectedAsync(Route, new ConveneMeetingRequest("91500119MA5U8XRB90", "企业", "事项", [Economy, "qu-nosuchunit", Economy],
            new DateTimeOffset(2026, 11, 3, 9, 0, 0, Beijing)), TestActors.WindowClerk, 400);
        foreach (var field in new[] { "creditCode", "departmentIds[1]", "departmentIds", "scheduledAt" }) wrong.ShouldContain($"\"{field}\"");
        wrong.ShouldContain("机构目录中没有编号为“qu-nosuchunit”的单位");
        wrong.ShouldContain("召开时间不能早于现在");

        (await platform.EventCountAsync<CoordinationMeetingConvened>()).ShouldBe(before);
    }

    [Fact]
    public async Task Minutes_with_bad_input_are_a_400_naming_each_attendee_and_decision_and_nothing_is_written()
    {
        platform.SetShanghaiTime(2026, 9, 28, 9, 0);
        var meeting = await platform.ConveneAsync();
        platform.SetShanghaiTime(2026, 9, 30, 10, 0);
        var url = $"{Route}/{meeting.Id}/minutes";

        var refused = await platform.RejectedAsync(url, new RecordMinutesBody(new DateTimeOffset(2026, 9, 30, 11, 0, 0, Beijing),
            [new("刘强", "qu-guihuaziranziyuanju"), new(" ", Economy)], null,
            [
                new("内容", Housing, null, new DateOnly(2026, 10, 5)),           // National Day holiday
                new("内容", "qu-guihuaziranziyuanju", null, new DateOnly(2026, 10, 9)), // not convened
                new(null, Economy, null, new DateOnly(2026, 9, 30)),            // the day of the minutes
                new("内容", Economy, null, new DateOnly(2026, 10, 11)),          // Sunday
                new("内容", Economy, null, null),
            ]), TestActors.BusinessOffice, 400);
        foreach (var field in new[] { "heldAt", "attendees[0].represents", "attendees[1].name", "decisions[0].dueDate", "decisions[1].ownerDepartmentId",
                     "decisions[2].content", "decisions[2].dueDate", "decisions[3].dueDate", "decisions[4].dueDate" })
            refused.ShouldContain($"\"{field}\"");
        refused.ShouldContain("2026-10-05不是工作日");
        refused.ShouldContain("办结日期应晚于纪要日期2026-09-30");
        (await platform.RejectedAsync(url, new { heldAt = "2026-09-29T14:30:00+08:00" }, TestActors.BusinessOffice, 400)).ShouldContain("\"attendees\"");

        (await platform.EventsAsync(meeting.Id)).ShouldHaveSingleItem().ShouldBeOfType<CoordinationMeetingConvened>();
    }

    [Fact]
    public async Task Only_the_hall_convenes_and_records_and_each_sees_only_what_concerns_it()
    {
        platform.SetShanghaiTime(2026, 11, 9, 9, 0);
        var at = new DateTimeOffset(2026, 11, 9, 14, 0, 0, Beijing);
        foreach (var actor in new[] { TestActors.Enterprise, EconomyHandler, TestActors.Supervisor, TestActors.Admin })
            await platform.PostAsync<CoordinationMeeting>(Route, Request(at: at), actor, 403);
        var own = await platform.ConveneAsync(Request(at: at));
        var others = await platform.ConveneAsync(Request(creditCode: OtherEnterprise.CreditCode!, at: at));
        await platform.PostAsync<CoordinationMeeting>($"{Route}/{own.Id}/minutes", Minutes(new DateTimeOffset(2026, 11, 9, 9, 0, 0, Beijing)), EconomyHandler, 403);
        await platform.PostAsync<CoordinationMeeting>($"{Route}/{own.Id}/minutes", Minutes(new DateTimeOffset(2026, 11, 9, 9, 0, 0, Beijing)), TestActors.Enterprise, 403);

        (await platform.GetAsync<CoordinationMeeting>($"{Route}/{own.Id}", TestActors.Enterprise)).Matter.ShouldBe("新建厂房用电报装与道路开口协调");
        await platform.GetAsync<CoordinationMeeting>($"{Route}/{others.Id}", TestActors.Enterprise, 403);
        await platform.GetAsync<CoordinationMeeting>($"{Route}/{own.Id}", HousingHandler);
        await platform.GetAsync<CoordinationMeeting>($"{Route}/{own.Id}", TestActors.Planner, 403);
        await platform.GetAsync<CoordinationMeeting>($"{Route}/{own.Id}", TestActors.Supervisor);
        await platform.GetAsync<CoordinationMeeting>($"{Route}/{Guid.NewGuid()}", TestActors.Supervisor, 404);

        var listed = await platform.GetAsync<List<CoordinationMeeting>>(Route, TestActors.Enterprise);
        listed.ShouldContain(m => m.Id == own.Id);
        listed.ShouldAllBe(m => m.CreditCode == "91500119MA5U8XRB98");
        (await platform.GetAsync<List<CoordinationMeeting>>(Route, OtherEnterprise)).ShouldContain(m => m.Id == others.Id);
        (await platform.GetAsync<List<CoordinationMeeting>>(Route, TestActors.Planner)).ShouldNotContain(m => m.Id == own.Id);
        (await platform.GetAsync<List<CoordinationMeeting>>(Route, EconomyHandler)).ShouldContain(m => m.Id == own.Id);
    }

    [Fact]
    public async Task Two_departments_completing_at_once_give_one_200_one_409_and_no_lost_completion()
    {
        platform.SetShanghaiTime(2026, 11, 10, 9, 0);
        var meeting = await platform.ConveneAsync(Request(at: new DateTimeOffset(2026, 11, 10, 9, 30, 0, Beijing)));
        platform.SetShanghaiTime(2026, 11, 10, 11, 0);
        var url = $"{Route}/{meeting.Id}";
        await platform.PostAsync<CoordinationMeeting>($"{url}/minutes", Minutes(new DateTimeOffset(2026, 11, 10, 9, 30, 0, Beijing),
            new DecisionBody("甲", Economy, null, new DateOnly(2026, 11, 20)), new DecisionBody("乙", Housing, null, new DateOnly(2026, 11, 20))), TestActors.BusinessOffice);

        // Both departments send the version they read (If-Match): whichever request runs second finds the meeting changed,
        // whether or not the two overlap in time.
        var read = $"\"{(await platform.EventsAsync(meeting.Id)).Count}\"";
        Task<IScenarioResult> Complete(int decision, string note, Actor handler) => platform.Scenario(s =>
        {
            s.Post.Json(new CompleteDecisionBody(note)).ToUrl($"{url}/decisions/{decision}/completion");
            s.WithRequestHeader("If-Match", read);
            s.As(platform, handler);
            s.IgnoreStatusCode();
        });
        var results = await Task.WhenAll(Complete(1, "甲已办", EconomyHandler), Complete(2, "乙已办", HousingHandler));
        results.Select(r => r.Context.Response.StatusCode).OrderBy(c => c).ShouldBe([200, 409]);

        var loser = results[0].Context.Response.StatusCode == 409 ? (1, EconomyHandler) : (2, HousingHandler);
        await platform.PostAsync<CoordinationMeeting>($"{url}/decisions/{loser.Item1}/completion", new CompleteDecisionBody("重试"), loser.Item2);
        (await platform.EventsAsync(meeting.Id)).OfType<CoordinationDecisionCompleted>().Select(c => c.Number).Order().ShouldBe([1, 2]);
    }
}
