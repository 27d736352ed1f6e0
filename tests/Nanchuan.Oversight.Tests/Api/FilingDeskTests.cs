using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Oversight.Receiving;
using Wolverine;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// The filing desk (ADR 0230, 0245): two filings run at once; messages handed over while they run are filed together in the next
/// transaction; when that transaction fails, each of its messages is filed alone, so a message that cannot be filed fails alone and
/// loses no other.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class FilingDeskTests(OversightHost platform)
{
    private static readonly Actor Enterprise = Enterprise("91500119MA5U8XRD1F", "重庆南川书桌科技有限公司");

    [Fact]
    public async Task Two_filings_run_at_once_and_the_messages_handed_over_meanwhile_are_filed_together()
    {
        platform.SetTime(At(2025, 7, 1, 10, 0));
        var desk = platform.Services.GetRequiredService<FilingDesk>();
        var (first, second) = (Power(), Power());
        var waiting = Enumerable.Range(0, 3).Select(_ => Power()).ToList();

        // The first two filings start at once and are held by a lock until the three others are handed over; these wait for
        // one of them to end and are filed by one of themselves.
        Task[] filings;
        await using (await HeldFilingAsync())
            filings = [.. new[] { first, second }.Concat(waiting).Select(c => desk.FileAsync(Filing(Opened(c)), CancellationToken.None))];
        await Task.WhenAll(filings);

        var together = (await TransactionsOf(waiting)).ShouldHaveSingleItem();
        var (firstAlone, secondAlone) = ((await TransactionsOf([first])).ShouldHaveSingleItem(), (await TransactionsOf([second])).ShouldHaveSingleItem());
        new[] { firstAlone, secondAlone, together }.Distinct().Count().ShouldBe(3);
        (await platform.SqlRowsAsync($"select 1 from oversight.case_rows where case_id in ({Ids([first, second, .. waiting])})")).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Each_message_filed_together_keeps_its_own_correlation_cause_and_actor()
    {
        platform.SetTime(At(2025, 7, 1, 10, 0));
        var desk = platform.Services.GetRequiredService<FilingDesk>();
        var (mine, theirs) = (Power(), Power());
        var other = Enterprise("91500119MA5U8XRD2D", "重庆南川另一科技有限公司");
        var (filedByMe, filedByThem) = (Carried(Opened(mine), Enterprise), Carried(Opened(theirs), other));

        Task[] filings;
        await using (await HeldFilingAsync())
            filings = [.. Running(desk), desk.FileAsync(filedByMe, CancellationToken.None), desk.FileAsync(filedByThem, CancellationToken.None)];
        await Task.WhenAll(filings);

        (await TransactionsOf([mine, theirs])).ShouldHaveSingleItem();
        (await Metadata(mine)).ShouldBe([$"{filedByMe.Envelope.CorrelationId} {filedByMe.Envelope.Id} {Enterprise.Id}"]);
        (await Metadata(theirs)).ShouldBe([$"{filedByThem.Envelope.CorrelationId} {filedByThem.Envelope.Id} {other.Id}"]);
    }

    [Fact]
    public async Task A_message_that_cannot_be_filed_fails_alone_and_the_others_of_its_transaction_are_filed()
    {
        platform.SetTime(At(2025, 7, 1, 10, 0));
        var desk = platform.Services.GetRequiredService<FilingDesk>();
        var (before, poisoned, after) = (Power(), Power(), Power());
        await desk.FileAsync(Filing(Opened(poisoned)), CancellationToken.None);
        // A deadline without a name: its row has no key, so the transaction that files it fails at the commit.
        var poison = new DeadlineSet(poisoned, null!, "3个工作日", At(2025, 7, 1, 10, 0), At(2025, 7, 4, 18, 0), At(2025, 7, 3, 18, 0));

        Task[] running;
        List<Task> others;
        await using (await HeldFilingAsync())
        {
            running = Running(desk);
            others = [.. new[] { Filing(Opened(before)), Filing(poison), Filing(Opened(after)) }.Select(filing => desk.FileAsync(filing, CancellationToken.None))];
        }
        await Task.WhenAll(running);

        await Should.ThrowAsync<Exception>(() => others[1]);
        await Task.WhenAll(others[0], others[2]);
        (await platform.SqlRowsAsync($"select 1 from oversight.case_rows where case_id in ({Ids([before, after])})")).Count.ShouldBe(2);
        (await platform.SqlRowsAsync($"select 1 from oversight.deadline_rows where case_id = '{poisoned.CaseId}'")).ShouldBeEmpty();
    }

    /// <summary>As many filings as the desk runs at once, of cases of their own: the messages handed over next wait together.</summary>
    private static Task[] Running(FilingDesk desk) =>
        [.. Enumerable.Range(0, FilingDesk.FilingsAtOnce).Select(_ => desk.FileAsync(Filing(Opened(Power())), CancellationToken.None))];

    /// <summary>The transactions that wrote the files of <paramref name="cases"/>.</summary>
    private Task<List<string>> TransactionsOf(IEnumerable<OversightCase> cases) =>
        platform.SqlRowsAsync($"select xmin::text from events.mt_events where stream_id in ({Files(cases)}) group by xmin");

    /// <summary>
    /// Holds every filing at its case row until disposed, so that a filing started meanwhile cannot finish before the next messages
    /// are handed over (on a quiet machine a filing's database calls can all complete before the test's next line).
    /// </summary>
    private async Task<IAsyncDisposable> HeldFilingAsync()
    {
        var connection = new Npgsql.NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new Npgsql.NpgsqlCommand("lock table oversight.case_rows in exclusive mode", connection, transaction))
            await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static OversightCase Power() => new("Utilities", "power", Guid.NewGuid(), Enterprise.CreditCode, "国网南川供电公司");

    private static CaseOpened Opened(OversightCase @case) => new(@case, "供电接入：低压非居民 50kW", At(2025, 7, 1, 10, 0), EnterpriseName: Enterprise.Name);

    /// <summary>A message as a handler hands it over, in an envelope no inbox holds (nothing to mark).</summary>
    private static ContractFiling Filing(object message) => new(new Envelope(message), [message]);

    /// <summary>A message as a module publishes it: its request's correlation id and its actor in the envelope's headers.</summary>
    private static ContractFiling Carried(object message, Actor actor)
    {
        var envelope = new Envelope(message) { CorrelationId = Guid.NewGuid().ToString() };
        using (CurrentActor.Use(actor)) new ActorEnvelopeHeaders().Modify(envelope);
        return new ContractFiling(envelope, [message]);
    }

    private Task<List<string>> Metadata(OversightCase @case) => platform.SqlRowsAsync(
        $"select distinct correlation_id || ' ' || causation_id || ' ' || (headers ->> 'actorId') from events.mt_events where stream_id = '{Domain.OversightFile.IdOf(@case.CaseId)}'");

    private static string Ids(IEnumerable<OversightCase> cases) => string.Join(", ", cases.Select(c => $"'{c.CaseId}'"));

    private static string Files(IEnumerable<OversightCase> cases) => string.Join(", ", cases.Select(c => $"'{Domain.OversightFile.IdOf(c.CaseId)}'"));
}
