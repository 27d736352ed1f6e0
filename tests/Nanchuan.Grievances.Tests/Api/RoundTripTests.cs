using System.Globalization;
using System.Text.RegularExpressions;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Handling;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;
using Npgsql;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// How many times a step goes to the database: the cost the benchmark's S1 measures (bench/RESULTS.md). A step on an
/// existing request reads its stream version and its one document (ADR 0200) in one round trip and commits in a second.
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed class RoundTripTests(GrievancesHost platform)
{
    [Fact]
    public async Task Recording_a_contact_reads_once_and_commits_once()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var received = await platform.Receive();
        await platform.Assign(received.Id, unit: "qu-shichangjianguanju");

        platform.SetTime(GrievanceApi.At(2024, 5, 9, 11, 0));
        using var roundTrips = DatabaseRoundTrips.Record();
        await platform.Post(TestActors.MarketRegulator, $"{GrievanceApi.Route}/{received.Id}/contact",
            new RecordContactRequest(ContactMethod.Phone, GrievanceApi.At(2024, 5, 9, 10, 30), "核实诉求"));

        roundTrips.Statements.Count.ShouldBe(2, string.Join("\n---\n", roundTrips.Statements));
        ReadsOnlyTheSnapshot(roundTrips.Statements[0]);
        roundTrips.Statements[1].ShouldContain("mt_quick_append_events");

        // The one document holds the rounds (no round rows) and the list's columns (no list row): the list shows the write at once.
        await using var query = platform.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var round = (await query.LoadAsync<Grievance>(received.Id)).ShouldNotBeNull().Rounds.ShouldHaveSingleItem();
        round.EnterpriseContactedAt.ShouldBe(GrievanceApi.At(2024, 5, 9, 10, 30));
        round.HandlingUnitName.ShouldBe("区市场监管局");
        var listed = (await platform.Get(TestActors.MarketRegulator, GrievanceApi.Route).Read<List<GrievanceListItem>>()).Single(item => item.Id == received.Id);
        listed.Status.ShouldBe(GrievanceStatus.Contacted);
        listed.Content.ShouldBe(GrievanceApi.PlatformRequest().Content);
    }

    [Fact]
    public async Task A_session_reads_and_commits_on_the_one_connection_it_opened_first()
    {
        // A store of the platform's configuration with a pool of its own (its own application name), so the pool holds
        // exactly the connections this test takes.
        var connection = new NpgsqlConnectionStringBuilder(platform.ConnectionString) { ApplicationName = "one connection a session" };
        var options = PlatformHosting.StoreOptionsFor(connection.ConnectionString, [new GrievancesModule()]);
        options.AutoCreateSchemaObjects = AutoCreate.None;
        using var store = new DocumentStore(options);
        await using var session = store.LightweightSession();

        var read = (await session.QueryAsync<int>("select pg_backend_pid()")).Single();
        // A session that gave its connection back to the pool after the read would find it taken here and commit on another
        // (ADR 0242), where this statement divides by zero.
        await using var meanwhile = store.Storage.Database.CreateConnection();
        await meanwhile.OpenAsync();
        session.QueueSqlCommand("select 1 / (pg_backend_pid() = " + read.ToString(CultureInfo.InvariantCulture) + ")::int");

        await Should.NotThrowAsync(() => session.SaveChangesAsync());
    }

    /// <summary>The read round trip: the stream's version and the snapshot, no other document (ADR 0200).</summary>
    private static void ReadsOnlyTheSnapshot(string statements) =>
        Regex.Matches(statements, @"\bmt_doc_\w+").Select(table => table.Value).Distinct().ShouldBe(["mt_doc_grievance"], statements);

    [Fact]
    public async Task The_tables_a_step_rewrites_keep_room_for_updates_in_place()
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select c.relname, coalesce(array_to_string(c.reloptions, ','), '')
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'grievances' and c.relkind = 'r' and c.relname like 'mt_doc_grievance%'
            """, connection);
        var options = new Dictionary<string, string>();
        await using (var rows = await command.ExecuteReaderAsync())
            while (await rows.ReadAsync()) options[rows.GetString(0)] = rows.GetString(1);

        // ADR 0153: steps that change no indexed column of the snapshot (warnings, notices, a further contact) leave it room
        // to be rewritten in place (HOT) instead of adding an entry to each index. It is the request's only table (ADR 0200).
        options.ShouldBe(new Dictionary<string, string> { ["mt_doc_grievance"] = "fillfactor=80" });
    }

    [Fact]
    public async Task A_box_batch_looks_all_its_credit_codes_up_in_one_query()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var batch = new EnterBoxBatch(FeedbackBoxLocation.IndustrialPark, new DateOnly(2024, 5, 8),
        [
            new BoxNote("重庆南川示例科技有限公司", TestActors.Enterprise.CreditCode, "王经理", "13812345678", "厂区门前道路破损。"),
            new BoxNote("重庆南川另一家公司", "91500119MA5U8XRB98", "李经理", "13812345679", "路灯不亮。"),
            new BoxNote("重庆南川第三家公司", null, "张经理", "13812345670", "停水未通知。"),
        ]);

        using var roundTrips = DatabaseRoundTrips.Record();
        var entered = await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches", batch).Read<BoxBatchEntered>();

        roundTrips.Statements.Count.ShouldBe(2, string.Join("\n---\n", roundTrips.Statements));
        roundTrips.Statements[0].ShouldContain("mt_doc_knownenterprise");
        entered.GrievanceIds.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Receiving_a_request_looks_the_company_up_and_commits()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));

        using var roundTrips = DatabaseRoundTrips.Record();
        await platform.Receive();

        roundTrips.Statements.Count.ShouldBe(2, string.Join("\n---\n", roundTrips.Statements));
    }

    [Fact]
    public async Task A_timer_that_records_an_overdue_reads_what_its_projections_need_with_the_request()
    {
        platform.SetTime(GrievanceApi.At(2024, 9, 2, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id, ProblemType.Simple, TestActors.MarketRegulator.DepartmentId!);

        platform.SetTime(GrievanceApi.At(2024, 9, 5, 9, 0));
        using var roundTrips = DatabaseRoundTrips.Record();
        await platform.Host.InvokeMessageAndWaitAsync(DeadlineTimers.Overdue(GrievanceDeadlines.Type, id, "Handling", GrievanceApi.At(2024, 9, 4, 18, 0)));

        roundTrips.Statements.Count.ShouldBe(2, string.Join("\n---\n", roundTrips.Statements));
        ReadsOnlyTheSnapshot(roundTrips.Statements[0]);
        roundTrips.Statements[1].ShouldContain("mt_quick_append_events");
        (await platform.Details(id)).Rounds.Single().Overdue.ShouldBeTrue();
    }
}
