using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// An assignment takes its year's next slip number without reading the slips issued before it: the year's ledger of a busy
/// district holds tens of thousands of slips by December, and each assignment read all of them (bench S9, 2026-12-06).
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed class SlipLedgerReadTests(GrievancesHost platform)
{
    [Fact]
    public async Task An_assignment_reads_none_of_its_years_earlier_slips_and_numbers_on_from_them()
    {
        const int year = 2032, issued = 300;
        var ledger = AssignmentSlipLedger.StreamIdFor(year);
        await using (var session = platform.Host.Store().LightweightSession())
        {
            session.Events.StartStream<AssignmentSlipLedgerState>(ledger, Enumerable.Range(1, issued)
                .Select(i => (object)new AssignmentSlipNumberIssued(year, i, AssignmentSlipNumber.Format(year, i), Guid.CreateVersion7(), 1)).ToArray());
            await session.SaveChangesAsync();
        }
        // As a year written before ADR 0259 is left: its slips and its stream row, no ledger row.
        await using (var session = platform.Host.Store().LightweightSession())
        {
            session.Delete<AssignmentSlipLedgerState>(ledger);
            await session.SaveChangesAsync();
        }
        platform.SetTime(GrievanceApi.At(year, 3, 1, 10, 0));
        var events = platform.Host.Store().Options.Events.DatabaseSchemaName;

        for (var next = issued + 1; next <= issued + 2; next++)
        {
            var id = (await platform.Receive()).Id;
            using var trips = DatabaseRoundTrips.Record();
            var assigned = await platform.Assign(id);

            assigned.SlipNumber.ShouldBe(AssignmentSlipNumber.Format(year, next));
            trips.Statements.ShouldNotContain(sql => sql.Contains($"from {events}.mt_events", StringComparison.OrdinalIgnoreCase),
                "the ledger's version and lock come from its stream row; no event of the year is read");
        }
    }
}
