using Nanchuan.BuildingBlocks.Platform.Writes;
using System.Text.Json;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Licensing.Contracts;
using Nanchuan.Testing;
using Nanchuan.Utilities.Access;
using Nanchuan.Utilities.Contracts;
using Nanchuan.Utilities.Deadlines;
using Nanchuan.Utilities.Domain.Deadlines;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Power;
using Wolverine;
using Wolverine.Tracking;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Api;

[Collection(UtilitiesCollection.Name)]
public sealed class PowerConnectionTests(UtilitiesHost platform)
{
    private const string Route = UtilitiesApi.Route + "/power-connections";

    private static ApplyForPowerRequest Application(PowerConnectionClass connectionClass = PowerConnectionClass.LowVoltageNonResidential,
        DateTimeOffset? acceptedAt = null, string creditCode = "91500119MA5U8XRB98") =>
        new(creditCode, "重庆南川示例科技有限公司", connectionClass, "南川区东城街道工业园区8号", 80m, new DateOnly(2025, 2, 10), acceptedAt);

    private async Task<PowerApplicationAcceptedResponse> Apply(ApplyForPowerRequest request, Actor? applicant = null) =>
        await platform.Post(applicant ?? TestActors.Enterprise, Route, request, 201).Read<PowerApplicationAcceptedResponse>();

    [Fact]
    public async Task Spec_example_low_voltage_without_works_accepted_Thursday_2025_01_23_is_due_Wednesday_2025_02_05_and_the_applicant_sees_every_step()
    {
        platform.SetTime(Time("2025-01-23 10:00"));
        var accepted = await Apply(Application());
        accepted.Limit.ShouldBe("4个工作日");
        accepted.DueAt.ShouldBe(Time("2025-02-05 18:00"));

        platform.SetTime(Time("2025-02-05 17:00"));
        var poweredOn = await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/{accepted.Id}/power-on", new StepAt(Time("2025-02-05 16:30"))).Read<CaseStepRecorded>();
        poweredOn.Event.ShouldBe(nameof(PowerSupplied));

        var details = await platform.Get(TestActors.Enterprise, $"{Route}/{accepted.Id}").Read<PowerConnectionDetails>();
        details.Status.ShouldBe(PowerConnectionStatus.PoweredOn);
        details.WithinLimit.ShouldBe(true);
        details.WorkingDaysTaken.ShouldBe(4.68m); // Jan 23 10:00–18:00, Jan 24, Jan 26, Jan 27, Feb 5 08:30–16:30: (8 + 3×9.5 + 8) h ÷ 9.5 h
        details.Steps.Select(s => s.At).ShouldBe([Time("2025-01-23 10:00"), Time("2025-02-05 16:30")]);
        details.Steps[0].Step.ShouldContain("应于2025-02-05 18:00前接电");
    }

    [Fact]
    public async Task A_registered_company_uploads_no_licence_data_the_register_supplies_it()
    {
        var code = UnifiedSocialCreditCode.Parse("91500119MA5U0002XF");
        // Published, as Licensing does: every module that keeps an enterprise register handles it on its own queue.
        await platform.Host.TrackActivity(MessageTracking.Timeout).PublishMessageAndWaitAsync(new CompanyRegistered(Guid.NewGuid(), code, "重庆南川金佛山食品有限公司", "刘一",
            "南川区西城街道金佛大道1号", "南川区政务服务中心", Time("2024-12-02 10:00")));
        platform.SetTime(Time("2025-03-03 09:00"));

        var accepted = await platform.Post(TestActors.WindowClerk, Route,
            new ApplyForPowerRequest(code.Value, null, PowerConnectionClass.LowVoltageResidential, "南川区西城街道金佛大道1号", 10m, null, null), 201)
            .Read<PowerApplicationAcceptedResponse>();

        accepted.LicenceDataShared.ShouldBeTrue();
        accepted.DueAt.ShouldBe(Time("2025-03-06 18:00"));
        var details = await platform.Get(TestActors.BusinessOffice, $"{Route}/{accepted.Id}").Read<PowerConnectionDetails>();
        details.EnterpriseName.ShouldBe("重庆南川金佛山食品有限公司");
        details.LegalRepresentative.ShouldBe("刘一");
    }

    [Fact]
    public async Task High_voltage_runs_5_working_days_from_the_completion_inspection_request_across_National_Day_2024()
    {
        platform.SetTime(Time("2024-09-27 15:00"));
        // A paper application the window clerk enters later, with its date (an enterprise's own is timed by the server: ADR 0033).
        var accepted = await Apply(Application(PowerConnectionClass.HighVoltage, Time("2024-08-01 10:00")), TestActors.WindowClerk);
        accepted.DueAt.ShouldBeNull();

        var tooEarly = await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/{accepted.Id}/power-on", new StepAt(null), 409);
        (await tooEarly.ReadAsTextAsync()).ShouldContain("竣工报验");

        var requested = await platform.Post(TestActors.Enterprise, $"{Route}/{accepted.Id}/completion-inspection", new StepAt(null))
            .Read<CaseStepRecorded>();
        requested.Summary.ShouldContain("2024-10-10 18:00");

        platform.SetTime(Time("2024-10-11 09:00"));
        await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/{accepted.Id}/power-on", new StepAt(Time("2024-10-11 08:45")));
        var details = await platform.Get(UtilitiesApi.PowerCompany, $"{Route}/{accepted.Id}").Read<PowerConnectionDetails>();
        details.WithinLimit.ShouldBe(false);
        details.Steps.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Completion_inspection_is_refused_for_a_low_voltage_connection()
    {
        platform.SetTime(Time("2025-04-01 10:00"));
        var accepted = await Apply(Application());
        await platform.Post(TestActors.Enterprise, $"{Route}/{accepted.Id}/completion-inspection", new StepAt(null), 409);
    }

    [Fact]
    public async Task With_works_has_15_calendar_days_moved_past_a_holiday_last_day()
    {
        platform.SetTime(Time("2024-09-16 10:00"));
        var accepted = await Apply(Application(PowerConnectionClass.LowVoltageNonResidentialWithWorks));
        accepted.Limit.ShouldBe("15日");
        accepted.DueAt.ShouldBe(Time("2024-10-09 00:00"));
    }

    [Fact]
    public async Task The_overdue_check_at_the_deadline_marks_the_connection_overdue_and_tells_the_dashboard()
    {
        platform.SetTime(Time("2025-05-06 09:00"));
        var accepted = await Apply(Application(PowerConnectionClass.LowVoltageResidential));
        accepted.DueAt.ShouldBe(Time("2025-05-09 18:00"));

        var check = ConnectionTimers.Overdue(accepted.Id, UtilityDeadline.PowerOn, accepted.DueAt!.Value);
        platform.SetTime(check.FireAt);
        var tracked = await platform.Host.InvokeMessageAndWaitAsync(check);
        var overdue = tracked.FindSingleTrackedMessageOfType<UtilityConnectionOverdue>();
        overdue.Provider.ShouldBe("国网南川供电公司");
        overdue.DueAt.ShouldBe(Time("2025-05-09 18:00"));

        var listed = await platform.Get(TestActors.BusinessOffice, $"{Route}?overdueOnly=true").Read<List<PowerConnectionDetails>>();
        listed.ShouldContain(c => c.Id == accepted.Id);

        // The same timer again, or a stale one for a deadline that moved, records nothing more.
        var before = await platform.EventCountAsync(accepted.Id);
        await platform.Host.InvokeMessageAndWaitAsync(check);
        await platform.Host.InvokeMessageAndWaitAsync(ConnectionTimers.Warning(accepted.Id, UtilityDeadline.PowerOn, Time("2025-05-08 18:00"), Time("2025-05-07 18:00")));
        (await platform.EventCountAsync(accepted.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task Overdue_only_filters_before_the_limit_so_an_overdue_connection_behind_newer_ones_is_listed()
    {
        var applicant = UtilitiesApi.ListedEnterprise;
        platform.SetTime(Time("2025-07-07 09:00"));
        var late = await Apply(Application(PowerConnectionClass.LowVoltageResidential, creditCode: applicant.CreditCode!), applicant);
        var check = ConnectionTimers.Overdue(late.Id, UtilityDeadline.PowerOn, late.DueAt!.Value);
        platform.SetTime(check.FireAt);
        await platform.Host.InvokeMessageAndWaitAsync(check);
        platform.SetTime(Time("2025-07-14 10:00"));
        await Apply(Application(creditCode: applicant.CreditCode!), applicant);
        platform.SetTime(Time("2025-07-15 10:00"));
        var newest = await Apply(Application(creditCode: applicant.CreditCode!), applicant);

        var overdue = await platform.Get(applicant, $"{Route}?overdueOnly=true&limit=1").Read<List<PowerConnectionDetails>>();
        overdue.ShouldHaveSingleItem().Id.ShouldBe(late.Id);
        (await platform.Get(applicant, $"{Route}?limit=1").Read<List<PowerConnectionDetails>>()).ShouldHaveSingleItem().Id.ShouldBe(newest.Id);
    }

    [Fact]
    public async Task Pages_of_two_give_every_connection_once_newest_first_those_accepted_at_the_same_time_too()
    {
        var applicant = UtilitiesApi.PagedEnterprise;
        // An enterprise's application is timed by the server (ADR 0033): the clock is set to each moment.
        platform.SetTime(Time("2025-08-01 10:00"));
        var older = await Apply(Application(creditCode: applicant.CreditCode!), applicant);
        // Many more connections of one time than a page holds: PostgreSQL leaves the order of equal times open, and its top-N
        // sort can settle it differently for each offset.
        platform.SetTime(Time("2025-08-04 09:00"));
        var sameTime = new List<PowerApplicationAcceptedResponse>();
        for (var i = 0; i < 10; i++) sameTime.Add(await Apply(Application(creditCode: applicant.CreditCode!), applicant));
        platform.SetTime(Time("2025-08-04 10:30"));
        var newer = await Apply(Application(creditCode: applicant.CreditCode!), applicant);
        platform.SetTime(Time("2025-08-04 11:00"));

        var expected = sameTime.Append(older).Append(newer)
            .OrderByDescending(c => c.AcceptedAt).ThenByDescending(c => c.Id)
            .Select(c => c.Id)
            .ToList();

        var pages = new List<List<PowerConnectionDetails>>();
        for (var offset = 0; offset <= expected.Count; offset += 2)
            pages.Add(await platform.Get(applicant, $"{Route}?limit=2&offset={offset}").Read<List<PowerConnectionDetails>>());

        pages.Select(page => page.Count).ShouldBe([2, 2, 2, 2, 2, 2, 0]);
        pages.SelectMany(page => page).Select(c => c.Id).ShouldBe(expected);
        (await platform.Get(applicant, Route).Read<List<PowerConnectionDetails>>()).Select(c => c.Id).ShouldBe(expected);
    }

    [Fact]
    public async Task A_problem_report_by_phone_to_the_hotline_becomes_a_grievance_under_the_phone_channel_linked_to_the_power_case()
    {
        platform.SetTime(Time("2025-06-03 10:00"));
        var accepted = await Apply(Application());
        var tracked = await platform.Host.TrackAsync(() => platform.Post(TestActors.BusinessOffice, $"{Route}/{accepted.Id}/problem-reports",
            new ReportPowerProblemRequest(ProblemReportChannel.EnterpriseHotline, "王经理", "13812345678", "供电所要求补交营业执照。", Time("2025-06-03 09:40"))));

        var lodged = tracked.FindSingleTrackedMessageOfType<LodgeEnterpriseRequest>();
        lodged.SourceModule.ShouldBe("Utilities");
        lodged.SourceCaseId.ShouldBe(accepted.Id);
        lodged.Channel.ShouldBe(EnterpriseRequestChannel.Phone);
        lodged.CreditCode.Value.ShouldBe("91500119MA5U8XRB98");
        lodged.Content.ShouldBe("【电力报装办电问题，来源023-71992345】供电所要求补交营业执照。");
        var details = await platform.Get(TestActors.Enterprise, $"{Route}/{accepted.Id}").Read<PowerConnectionDetails>();
        details.Steps.Last().Step.ShouldContain("已转企呼我为诉求");

        // In the Grievances module: a phone request (the hotline), received when the call came in, linked back to the power case.
        var grievances = await platform.Get(TestActors.BusinessOffice, "/api/grievances?limit=500").Read<List<JsonElement>>();
        var grievance = grievances.Where(g => g.GetProperty("sourceCaseId").ValueKind == JsonValueKind.String
                                              && g.GetProperty("sourceCaseId").GetGuid() == accepted.Id).ShouldHaveSingleItem();
        grievance.GetProperty("channel").GetString().ShouldBe("phone");
        grievance.GetProperty("sourceModule").GetString().ShouldBe("Utilities");
        grievance.GetProperty("sourceReference").GetGuid().ShouldBe(lodged.SourceReference);
        grievance.GetProperty("receivedAt").GetDateTimeOffset().ShouldBe(Time("2025-06-03 09:40"));
    }

    [Fact]
    public async Task An_e_mailed_problem_goes_to_Grievances_as_an_online_request_and_a_bad_report_sends_nothing()
    {
        platform.SetTime(Time("2025-06-03 21:00"));
        var accepted = await Apply(Application());
        var mailed = await platform.Host.TrackAsync(() => platform.Post(UtilitiesApi.EconomicCommission, $"{Route}/{accepted.Id}/problem-reports",
            new ReportPowerProblemRequest(ProblemReportChannel.Email, "王经理", "023-71234567", "报装已超过4个工作日仍未接电。", null)));
        mailed.FindSingleTrackedMessageOfType<LodgeEnterpriseRequest>().Channel.ShouldBe(EnterpriseRequestChannel.Platform);

        var before = await platform.EventCountAsync();
        var afterHours = await platform.Host.TrackAsync(() => platform.Post(TestActors.BusinessOffice, $"{Route}/{accepted.Id}/problem-reports",
            new ReportPowerProblemRequest(ProblemReportChannel.EnterpriseHotline, "王经理", "13812345678", "未接电。", Time("2025-06-03 20:30")), 400));
        var badPhone = await platform.Host.TrackAsync(() => platform.Post(TestActors.BusinessOffice, $"{Route}/{accepted.Id}/problem-reports",
            new ReportPowerProblemRequest(ProblemReportChannel.EconomicCommissionHotline, "王经理", "电话", "未接电。", null), 400));
        (await platform.EventCountAsync()).ShouldBe(before);
        afterHours.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<LodgeEnterpriseRequest>().ShouldBeEmpty();
        badPhone.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<LodgeEnterpriseRequest>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Invalid_input_is_a_400_with_field_errors_and_writes_nothing()
    {
        platform.SetTime(Time("2025-06-03 10:00"));
        var before = await platform.EventCountAsync();
        var refused = await platform.Post(TestActors.WindowClerk, Route,
            new ApplyForPowerRequest("91500119MA5U8XRB3X", null, PowerConnectionClass.HighVoltage, " ", 0m, null, null), 400);
        var text = await refused.ReadAsTextAsync();
        text.ShouldContain("creditCode");
        text.ShouldContain("siteAddress");
        text.ShouldContain("capacityKva");

        await platform.Post(TestActors.Enterprise, Route, Application(acceptedAt: Time("2025-06-04 10:00")), 400); // in the future
        var accepted = await Apply(Application());
        await platform.Post(UtilitiesApi.PowerCompany, $"{Route}/{accepted.Id}/power-on", new StepAt(Time("2025-06-02 10:00")), 400); // before acceptance
        (await platform.EventCountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Each_sees_and_does_only_what_is_theirs()
    {
        platform.SetTime(Time("2025-06-05 10:00"));
        var accepted = await Apply(Application());
        await platform.Get(UtilitiesApi.OtherEnterprise, $"{Route}/{accepted.Id}", 403);
        await platform.Get(UtilitiesApi.WaterCompany, $"{Route}/{accepted.Id}", 403);
        await platform.Get(TestActors.Supervisor, $"{Route}/{accepted.Id}");
        await platform.Post(UtilitiesApi.OtherEnterprise, Route, Application(), 403); // not its own credit code
        await platform.Post(TestActors.Enterprise, $"{Route}/{accepted.Id}/power-on", new StepAt(null), 403);
        await platform.Post(UtilitiesApi.WaterCompany, $"{Route}/{accepted.Id}/power-on", new StepAt(null), 403);
        await platform.Post(TestActors.Supervisor, $"{Route}/{accepted.Id}/power-on", new StepAt(null), 403);
        (await platform.Get(UtilitiesApi.OtherEnterprise, Route).Read<List<PowerConnectionDetails>>()).ShouldBeEmpty();
        (await platform.Get(UtilitiesApi.WaterCompany, Route).Read<List<PowerConnectionDetails>>()).ShouldBeEmpty();
    }
}
