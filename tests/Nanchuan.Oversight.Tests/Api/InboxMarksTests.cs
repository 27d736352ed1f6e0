using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// <c>InboxMarks</c> (ADR 0230) queues the two statements Wolverine builds to mark a handled envelope into the filing's session and
/// binds their <c>?</c> placeholders in order, one argument each: Marten's <c>QueueSqlCommand</c> for the mark, its own split on
/// <c>?</c> for the check. Both statements are pinned here, so that a Wolverine upgrade that changes either (another placeholder,
/// a <c>?</c> inside a literal, another table or column) fails this test and is read against <c>InboxMarks</c> before it ships.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class InboxMarksTests(OversightHost platform)
{
    [Fact]
    public void The_statements_copied_from_Wolverine_bind_one_argument_per_placeholder_and_none_in_a_literal()
    {
        var inbox = (MessageDatabase<NpgsqlConnection>)platform.Services.GetRequiredService<IWolverineRuntime>().Storage;
        var envelope = new Envelope(new object()) { Destination = new Uri("local://oversight-1") };
        var keepUntil = new DateTimeOffset(2025, 8, 4, 10, 0, 0, TimeSpan.Zero);

        var mark = inbox.BuildMarkIncomingAsHandled(envelope, keepUntil, "?", "?", "?").Statements.ShouldHaveSingleItem();
        var check = inbox.BuildHandledElsewhereCheck(envelope, MarkAsHandledCommand.KeepUntilForMark(keepUntil), "?", "?", "?");

        foreach (var (sql, arguments) in new[] { (mark.Sql, mark.Arguments), (check.Sql, check.Arguments) })
        {
            PlaceholdersIn(sql, insideLiterals: true).ShouldBe(0, sql);
            PlaceholdersIn(sql, insideLiterals: false).ShouldBe(arguments.Length, sql);
        }
        mark.Sql.ShouldBe("""update "wolverine".wolverine_incoming_envelopes set status = 'Handled', keep_until = ?, owner_id = 0 """ +
            """where id = ? and received_at = ? and status <> 'Handled'""");
        mark.Arguments.ShouldBe(new object[] { keepUntil, envelope.Id, "local://oversight-1/" });
        check.Sql.ShouldBe("""select count(*) from "wolverine".wolverine_incoming_envelopes h where h.id = ? and h.status = 'Handled' """ +
            """and (h.keep_until is null or h.keep_until <> ?)""");
        check.Arguments.ShouldBe(new object[] { envelope.Id, MarkAsHandledCommand.KeepUntilForMark(keepUntil) });
    }

    /// <summary>The <c>?</c> of <paramref name="sql"/> inside or outside its quoted literals (a doubled quote leaves and re-enters one).</summary>
    private static int PlaceholdersIn(string sql, bool insideLiterals)
    {
        var (inLiteral, count) = (false, 0);
        foreach (var character in sql)
        {
            if (character == '\'') inLiteral = !inLiteral;
            else if (character == '?' && inLiteral == insideLiterals) count++;
        }
        return count;
    }
}
