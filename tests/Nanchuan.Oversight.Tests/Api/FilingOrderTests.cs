using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Oversight.Receiving;
using Wolverine;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// Two nodes can file one case's contract messages in another order than they happened (ADR 0144, 0150). Delivered in
/// exactly the reverse order, the same facts give the rows, the overdue board and the figures of their delivery in order.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class FilingOrderTests(OversightHost platform)
{
    [Fact]
    public async Task Facts_filed_in_reverse_order_show_what_their_filing_in_order_shows()
    {
        platform.SetTime(At(2025, 6, 20, 10, 0));
        var inOrder = new Scenario("区发展改革委", "91500119MA5U8XRB1C");
        var reversed = new Scenario("区经济信息委", "91500119MA5U8XRB2A");

        foreach (var message in inOrder.Messages) await platform.Host.InvokeMessageAndWaitAsync(message);
        foreach (var message in Enumerable.Reverse(reversed.Messages)) await platform.Host.InvokeMessageAndWaitAsync(message);

        var shown = await ShownAsync(inOrder);
        shown.Count(row => row.StartsWith("deadline:")).ShouldBe(4, string.Join("\n", shown));
        shown.Where(row => row.StartsWith("board:")).ShouldHaveSingleItem().ShouldContain("PowerOn");
        (await ShownAsync(reversed)).ShouldBe(shown);
    }

    /// <summary>
    /// The queues file different cases side by side (ADR 0177, 0245): six enterprises' twelve cases, their 102 messages interleaved
    /// at random (each case's in the order they happened, as its module publishes them) and published at once through the
    /// durable local queues, are filed in each case's file in the order they were published and show each case as its filing in
    /// order does (within and across the transactions the filing desk shares among cases, ADR 0230); every message went out in its
    /// case's group, all of a case's to one queue.
    /// </summary>
    [Fact]
    public async Task Many_cases_filed_at_once_show_what_their_filing_in_order_shows()
    {
        platform.SetTime(At(2025, 6, 20, 10, 0));
        var inOrder = new Scenario("区商务委", "91500119MA5U8XRB3D");
        foreach (var message in inOrder.Messages) await platform.Host.InvokeMessageAndWaitAsync(message);
        var atOnce = Enumerable.Range(1, 6).Select(n => new Scenario($"区商务委第{n}科", $"91500119MA5U8XRC{n}E")).ToList();
        var interleaved = Interleaved(atOnce.Select(scenario => scenario.Messages), new Random(21));

        Func<IMessageContext, Task> publishAll = async bus =>
        {
            foreach (var message in interleaved) await bus.PublishAsync(message);
        };
        var tracked = await platform.Host.TrackActivity(TimeSpan.FromMinutes(2)).ExecuteAndWaitAsync(publishAll);

        var sent = tracked.Sent.Envelopes()
            .Where(envelope => envelope.Destination is { Scheme: "local" } queue && ContractMessageHandler.Queues.Contains(queue.Host)).ToList();
        sent.Count.ShouldBe(interleaved.Count);
        foreach (var envelope in sent) envelope.GroupId.ShouldBe(((OversightCase)envelope.Message!.GetType().GetProperty("Case")!.GetValue(envelope.Message)!).CaseId.ToString("N"));
        sent.GroupBy(envelope => envelope.GroupId).ShouldAllBe(messagesOfACase => messagesOfACase.Select(envelope => envelope.Destination).Distinct().Count() == 1);
        sent.Select(envelope => envelope.Destination).Distinct().Count().ShouldBeGreaterThan(1);
        var filed = await FiledAsync(inOrder);
        foreach (var scenario in atOnce) (await FiledAsync(scenario)).ShouldBe(filed);
        var shown = await ShownAsync(inOrder);
        foreach (var scenario in atOnce) (await ShownAsync(scenario)).ShouldBe(shown);

        // ADR 0230: messages the partitions handed over at the same moment shared a transaction, and each message's inbox row
        // was marked handled in the transaction that filed it.
        var files = string.Join(", ", atOnce.SelectMany(scenario => new[] { scenario.Open, scenario.Closed }).Select(id => $"'{Domain.OversightFile.IdOf(id)}'"));
        var filings = await platform.SqlRowsAsync($"select xmin::text from events.mt_events where stream_id in ({files}) group by xmin");
        filings.Count.ShouldBeLessThan(interleaved.Count);
        var marks = await platform.SqlRowsAsync(
            $"select distinct xmin::text from wolverine.wolverine_incoming_envelopes where id in ({string.Join(", ", sent.Select(e => $"'{e.Id}'"))})");
        marks.ShouldBeSubsetOf(filings);
    }

    /// <summary>The lists merged at random, each list's items kept in their order.</summary>
    private static List<object> Interleaved(IEnumerable<IReadOnlyList<object>> lists, Random random)
    {
        var queues = lists.Select(list => new Queue<object>(list)).ToList();
        var merged = new List<object>();
        while (queues.Count > 0)
        {
            var next = queues[random.Next(queues.Count)];
            merged.Add(next.Dequeue());
            if (next.Count == 0) queues.Remove(next);
        }
        return merged;
    }

    /// <summary>The facts in the scenario's two files, each file's in the order they were filed (its versions).</summary>
    private async Task<List<string>> FiledAsync(Scenario scenario) => [.. await FactsAsync(scenario.Open), "then", .. await FactsAsync(scenario.Closed)];

    private Task<List<string>> FactsAsync(Guid caseId) =>
        platform.SqlRowsAsync($"select type from events.mt_events where stream_id = '{Domain.OversightFile.IdOf(caseId)}' order by version");

    /// <summary>What the read side shows of a scenario, with its own ids, department and enterprise written as placeholders.</summary>
    private async Task<List<string>> ShownAsync(Scenario scenario)
    {
        var cases = $"('{scenario.Open}', '{scenario.Closed}')";
        var rows = await platform.SqlRowsAsync(
            $"select 'case:' || row(c.*)::text from oversight.case_rows c where case_id in {cases} union all " +
            $"select 'deadline:' || row(d.*)::text from oversight.deadline_rows d where case_id in {cases} union all " +
            $"select 'entry:' || row(t.case_id, t.module, t.department, t.month, t.at, t.rank, t.kind, t.deadline, t.summary)::text from oversight.thread_entries t where case_id in {cases} union all " +
            $"select 'number:' || row(n.*)::text from oversight.case_numbers n where case_id in {cases} union all " +
            $"select 'rating:' || row(r.*)::text from oversight.rating_rows r where case_id in {cases} union all " +
            $"select 'figures:' || row(f.*)::text from oversight.case_figures f where department = '{scenario.Department}' and month = '2025-06' union all " +
            $"select 'figures:' || row(f.*)::text from oversight.deadline_figures f where department = '{scenario.Department}' and month = '2025-06' union all " +
            $"select 'figures:' || row(f.*)::text from oversight.satisfaction_figures f where department = '{scenario.Department}' and month = '2025-06'");
        var board = await platform.Deadlines(TestActors.BusinessOffice, $"state=overdue&department={Uri.EscapeDataString(scenario.Department)}&limit=200");
        var shown = board.Items.Where(item => item.CaseId == scenario.Open || item.CaseId == scenario.Closed).Select(item => "board:" + item);
        return [.. rows.Concat(shown).Select(scenario.Anonymised).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Two power connections (电力报装) of one enterprise, their contract messages in the order they happened (Beijing time, June
    /// 2025): one stays open with a deadline moved, gone overdue and met late and a second one overdue, 督办, a number and a
    /// rating struck after an appeal; the other closes with one deadline met and one still running.
    /// </summary>
    private sealed class Scenario(string department, string creditCode)
    {
        public string Department { get; } = department;
        public Guid Open { get; } = Guid.NewGuid();
        public Guid Closed { get; } = Guid.NewGuid();
        private readonly Guid _rating = Guid.NewGuid();

        public IReadOnlyList<object> Messages
        {
            get
            {
                var open = new OversightCase("Utilities", "power-connection", Open, creditCode, Department);
                var closed = open with { CaseId = Closed };
                return
                [
                    new CaseOpened(open, "电力报装：低压非居民 80kW", At(2025, 6, 3, 9, 0), EnterpriseName: "重庆南川顺序科技有限公司"),
                    new DeadlineSet(open, "Survey", "3个工作日", At(2025, 6, 3, 9, 0), At(2025, 6, 6, 18, 0), At(2025, 6, 5, 18, 0)),
                    new CaseNumbered(open, "GD-20250603-01", "报装编号", At(2025, 6, 3, 9, 5)),
                    new CaseOpened(closed, "电力报装：低压非居民 30kW", At(2025, 6, 4, 10, 0), EnterpriseName: "重庆南川顺序科技有限公司"),
                    new DeadlineSet(closed, "Survey", "3个工作日", At(2025, 6, 4, 10, 0), At(2025, 6, 9, 18, 0), At(2025, 6, 6, 18, 0)),
                    new DeadlineWarned(open, "Survey", At(2025, 6, 6, 18, 0), At(2025, 6, 5, 18, 0)),
                    new DeadlineRecomputed(open, "Survey", At(2025, 6, 6, 18, 0), At(2025, 6, 9, 18, 0), "暂停计时后恢复", At(2025, 6, 5, 20, 0)),
                    new DeadlineMet(closed, "Survey", At(2025, 6, 9, 18, 0), At(2025, 6, 5, 11, 0), true),
                    new DeadlineSet(closed, "PowerOn", "5个工作日", At(2025, 6, 5, 11, 0), At(2025, 6, 12, 18, 0), At(2025, 6, 11, 18, 0)),
                    new CaseClosed(closed, "撤回", null, At(2025, 6, 6, 16, 0)),
                    new DeadlineOverdue(open, "Survey", At(2025, 6, 9, 18, 0), At(2025, 6, 9, 18, 0)),
                    new SupervisionNoticeIssued(open, "Survey", "请于两个工作日内完成现场勘查。", "督查科王科长", At(2025, 6, 10, 9, 0)),
                    new DeadlineMet(open, "Survey", At(2025, 6, 9, 18, 0), At(2025, 6, 10, 15, 0), false),
                    new DeadlineSet(open, "PowerOn", "5个工作日", At(2025, 6, 10, 15, 0), At(2025, 6, 17, 18, 0), At(2025, 6, 16, 18, 0)),
                    new CaseRated(open, _rating, ServiceRating.Dissatisfied, At(2025, 6, 11, 10, 0)),
                    new CaseRatingStruck(open, _rating, "误评申诉成立", At(2025, 6, 12, 10, 0)),
                    new DeadlineOverdue(open, "PowerOn", At(2025, 6, 17, 18, 0), At(2025, 6, 17, 18, 0)),
                ];
            }
        }

        public string Anonymised(string row) => row.Replace(Open.ToString(), "open").Replace(Closed.ToString(), "closed").Replace(_rating.ToString(), "rating")
            .Replace(Department, "department").Replace(creditCode, "credit-code");
    }
}
