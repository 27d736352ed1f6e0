using Nanchuan.Oversight.Domain;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>Every message of the oversight contract, as any module publishes it, filed into the rows and the thread.</summary>
[Collection(OversightCollection.Name)]
public sealed class ContractMessageTests(OversightHost platform)
{
    private static readonly Actor Enterprise = Enterprise("91500104MA5U8XRB9G", "重庆南川丁科技有限公司");

    [Fact]
    public async Task Every_kind_of_contract_message_is_filed_into_the_rows_and_the_thread()
    {
        // A power connection with a 15-working-day limit, warned, moved by a holiday schedule, supervised, overdue, met late, closed.
        var @case = new OversightCase("Utilities", "power-connection", Guid.NewGuid(), Enterprise.CreditCode, "国网南川供电公司");
        object[] messages =
        [
            new CaseOpened(@case, "电力报装：重庆南川丁科技有限公司", At(2024, 12, 2, 9, 0)),
            new DeadlineSet(@case, "PowerOn", "15个工作日", At(2024, 12, 2, 9, 0), At(2024, 12, 20, 18, 0), At(2024, 12, 18, 18, 0)),
            new DeadlineWarned(@case, "PowerOn", At(2024, 12, 20, 18, 0), At(2024, 12, 18, 18, 0)),
            new DeadlineRecomputed(@case, "PowerOn", At(2024, 12, 20, 18, 0), At(2024, 12, 23, 18, 0), "2024年节假日安排修订 / 2024 holiday schedule amended", At(2024, 12, 19, 10, 0)),
            new SupervisionNoticeIssued(@case, "PowerOn", "请于3个工作日内接电", TestActors.BusinessOffice.Name, At(2024, 12, 19, 11, 0)),
            new DeadlineOverdue(@case, "PowerOn", At(2024, 12, 23, 18, 0), At(2024, 12, 23, 18, 0).AddSeconds(1)),
            new DeadlineMet(@case, "PowerOn", At(2024, 12, 23, 18, 0), At(2024, 12, 26, 10, 0), false),
            new CaseClosed(@case, "已接电", false, At(2024, 12, 26, 10, 0)),
        ];
        platform.SetTime(At(2024, 12, 27, 10, 0));
        foreach (var message in messages) await platform.Host.InvokeMessageAndWaitAsync(message);

        var thread = await platform.Thread(Enterprise, Enterprise.CreditCode!);
        thread.Entries.Select(e => e.Kind).ShouldBe(["closed", "deadlineMet", "deadlineOverdue", "notice", "deadlineMoved", "deadlineWarned", "deadlineSet", "opened"]);
        thread.Entries.Single(e => e.Kind == "notice").Summary.ShouldBe("督办：请于3个工作日内接电（区营商办 张三致国网南川供电公司）");
        thread.Entries.Single(e => e.Kind == "deadlineMoved").Summary.ShouldBe(
            "时限调整：PowerOn由2024-12-20 18:00改为2024-12-23 18:00（2024年节假日安排修订 / 2024 holiday schedule amended）");
        thread.Cases.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Outcome.ShouldBe("已接电"), c => c.Title.ShouldBe("电力报装：重庆南川丁科技有限公司"));
        thread.RunningDeadlines.ShouldBeEmpty();

        // A moved deadline is armed again: no longer warned. The case has no stream of its own here: the page has no history.
        var page = await platform.Host.Get(TestActors.Supervisor, $"{Route}/cases/{@case.CaseId}").Read<Cases.OversightCasePage>();
        page.Deadlines.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.DueAt.ShouldBe(At(2024, 12, 23, 18, 0)), d => d.Warned.ShouldBeFalse(), d => d.Overdue.ShouldBeTrue(),
            d => d.MetAt.ShouldBe(At(2024, 12, 26, 10, 0)), d => d.OnTime.ShouldBe(false), d => d.ClosedAt.ShouldBeNull());
        page.History.ShouldBeNull();
        (await platform.Host.EventsAsync(OversightFile.IdOf(@case.CaseId))).Count.ShouldBe(8);
    }
}
