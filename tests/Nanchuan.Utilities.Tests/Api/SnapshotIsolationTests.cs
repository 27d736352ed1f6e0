using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Testing;
using Nanchuan.Utilities.Supervising;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>
/// Marten's inline snapshots do not filter on the stream type: an event type two snapshots both handled would leave a document
/// of each under the stream's id. Deadline and supervision events are per connection type, so each table holds its own streams only.
/// </summary>
[Collection(UtilitiesCollection.Name)]
public sealed class SnapshotIsolationTests(UtilitiesHost platform)
{
    private static readonly string[] Tables = ["powerconnection", "waterconnection", "gasconnection"];

    [Fact]
    public async Task Deadline_and_supervision_events_on_each_type_leave_no_document_of_the_other_types()
    {
        Guid[] ids = [await OverdueCases.Power(platform), await OverdueCases.Water(platform), await OverdueCases.Gas(platform)];
        string[] routes = ["power-connections", "water-connections", "gas-connections"];
        for (var i = 0; i < ids.Length; i++)
            await platform.Post(TestActors.BusinessOffice, $"{UtilitiesApi.Route}/{routes[i]}/{ids[i]}/supervision-notice", IssueSupervisionNoticeBody.Example);

        await using var session = platform.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        for (var i = 0; i < Tables.Length; i++)
        {
            // Its own stream: one document; the other two types' streams: none.
            (await Count(session, $"select count(*) from utilities.mt_doc_{Tables[i]} where id = '{ids[i]}'")).ShouldBe(1);
            var others = string.Join(", ", ids.Where((_, j) => j != i).Select(id => $"'{id}'"));
            (await Count(session, $"select count(*) from utilities.mt_doc_{Tables[i]} where id in ({others})")).ShouldBe(0);

            // Nowhere in the table (every test's streams): a document whose stream is of another type, or an empty one.
            (await Count(session,
                $"select count(*) from utilities.mt_doc_{Tables[i]} d join events.mt_streams s on s.id = d.id " +
                $"where s.type is distinct from (select type from events.mt_streams where id = '{ids[i]}')")).ShouldBe(0);
            (await Count(session, $"select count(*) from utilities.mt_doc_{Tables[i]} where credit_code = '' or credit_code is null")).ShouldBe(0);
        }
    }

    private static async Task<long> Count(IQuerySession session, string sql) =>
        (await session.AdvancedSql.QueryAsync<long>(sql, CancellationToken.None)).Single();
}
