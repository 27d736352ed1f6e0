using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Oversight.Supervising;
using Nanchuan.Utilities.Domain.Power;
using Nanchuan.Utilities.Power;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// 督办 from the oversight side (ADR 0079): the business office names any module's case; the owning module records the notice as
/// its own step and publishes it; refusals (403, 400, 404, 409) write nothing.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class SupervisionNoticeTests(OversightHost platform)
{
    private static readonly Actor Enterprise = Enterprise("91500105MA5U8XRB9Y", "重庆南川己科技有限公司");
    private static readonly Actor Refused = Enterprise("91500106MA5U8XRB9D", "重庆南川庚科技有限公司");
    private static readonly OversightNoticeBody Demand = new("请于3个工作日内办结并反馈办理情况。");

    [Fact]
    public async Task An_overdue_request_is_supervised_through_its_module_and_the_notice_is_filed()
    {
        // Received Mon 2024-08-05 10:00, assigned 10:30 as a simple problem: due Wed 2024-08-07 18:00, overdue the next morning.
        platform.SetTime(At(2024, 8, 5, 10, 0));
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(Enterprise));
        platform.SetTime(At(2024, 8, 5, 10, 30));
        await platform.Tracked(() => platform.AssignGrievance(id));
        platform.SetTime(At(2024, 8, 8, 9, 0));
        await platform.Host.InvokeAndWaitAsync(DeadlineTimers.Overdue(GrievanceDeadlines.Type, id, "Handling", At(2024, 8, 7, 18, 0)));
        var before = (await platform.Host.EventsAsync(id)).Count;

        CaseStepRecorded step = null!;
        var tracked = await platform.Tracked(async () =>
            step = await platform.Host.Post(TestActors.BusinessOffice, $"{Route}/cases/{id}/supervision-notice", Demand).Read<CaseStepRecorded>());

        step.Id.ShouldBe(id);
        step.Version.ShouldBe(before + 1);
        (await platform.Host.EventsAsync(id)).Count.ShouldBe(before + 1);
        tracked.MessagesPublished<SupervisionNoticeIssued>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            n => n.Case.CaseId.ShouldBe(id), n => n.Notice.ShouldBe(Demand.Demand), n => n.IssuedBy.ShouldBe(TestActors.BusinessOffice.Name),
            n => n.Case.Department.ShouldBe("区市场监管局"));
        (await platform.Thread(TestActors.BusinessOffice, Enterprise.CreditCode!)).Entries.Where(e => e.CaseId == id).Select(e => e.Kind)
            .ShouldContain("notice");
    }

    [Fact]
    public async Task An_overdue_power_connection_is_supervised_through_Utilities()
    {
        // Low-voltage residential accepted Mon 2025-05-12 09:00: 3 working days, due Thu 2025-05-15 18:00.
        platform.SetTime(At(2025, 5, 12, 9, 0));
        PowerApplicationAcceptedResponse accepted = null!;
        await platform.Tracked(async () => accepted = await platform.Host.Post(TestActors.Enterprise, "/api/utilities/power-connections",
            new ApplyForPowerRequest(TestActors.Enterprise.CreditCode!, "重庆南川示例科技有限公司", PowerConnectionClass.LowVoltageResidential, "南川区东城街道工业园区8号", 10m,
                null, null), 201).Read<PowerApplicationAcceptedResponse>());
        var overdue = DeadlineTimers.Overdue("power-connection", accepted.Id, "PowerOn", accepted.DueAt!.Value);
        platform.SetTime(overdue.FireAt);
        await platform.Host.InvokeAndWaitAsync(overdue);

        var tracked = await platform.Tracked(() =>
            platform.Host.Post(TestActors.BusinessOffice, $"{Route}/cases/{accepted.Id}/supervision-notice", Demand).Read<CaseStepRecorded>());

        tracked.MessagesPublished<SupervisionNoticeIssued>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            n => n.Case.Module.ShouldBe("Utilities"), n => n.Deadline.ShouldBe("PowerOn"), n => n.Case.Department.ShouldBe("国网南川供电公司"));
        (await platform.Host.Get(TestActors.BusinessOffice, $"{Route}/cases/{accepted.Id}").Read<Cases.OversightCasePage>())
            .Entries.Select(e => e.Kind).ShouldContain("notice");
    }

    [Fact]
    public async Task Refusals_write_nothing()
    {
        platform.SetTime(At(2024, 8, 12, 10, 0));
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(Refused));
        var events = (await platform.Host.EventsAsync(id)).Count;
        var url = $"{Route}/cases/{id}/supervision-notice";

        await platform.Host.Post(TestActors.MarketRegulator, url, Demand, 403);
        (await platform.Host.Post(TestActors.BusinessOffice, url, new OversightNoticeBody(" "), 400).Read<HttpValidationProblemDetails>())
            .Errors.Keys.ShouldBe(["demand"]);
        await platform.Host.Post(TestActors.BusinessOffice, $"{Route}/cases/{Guid.NewGuid()}/supervision-notice", Demand, 404);
        // Received, not yet assigned: nothing of it is overdue, and Grievances says so.
        (await platform.Host.Post(TestActors.BusinessOffice, url, Demand, 409).Read<ProblemDetails>()).Detail.ShouldNotBeNullOrWhiteSpace();
        (await platform.Host.EventsAsync(id)).Count.ShouldBe(events);

        // A module whose cases cannot be supervised from here yet.
        var licence = new OversightCase("Licensing", "application", Guid.NewGuid(), Refused.CreditCode, "区行政审批服务窗口");
        await platform.Host.InvokeAndWaitAsync(new CaseOpened(licence, "设立登记：重庆南川庚科技有限公司", At(2024, 8, 12, 10, 0)));
        (await platform.Host.Post(TestActors.BusinessOffice, $"{Route}/cases/{licence.CaseId}/supervision-notice", Demand, 409).Read<ProblemDetails>())
            .Detail!.ShouldContain("Licensing");
        (await platform.Thread(TestActors.BusinessOffice, Refused.CreditCode!)).Entries.ShouldNotContain(e => e.Kind == "notice");
    }
}
