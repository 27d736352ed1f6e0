using Marten;
using Nanchuan.Grievances.Domain;
using Nanchuan.Licensing.Applications;
using Nanchuan.Oversight.Domain;
using Nanchuan.Oversight.Receiving;

namespace Nanchuan.Bench;

/// <summary>What S11 wrote: cases of each kind, the events of each module and the oversight files' events; ids to read back.</summary>
public sealed record DistrictWritten(
    int Grievances, int Applications, long GrievanceEvents, long ApplicationEvents, long OversightEvents, Guid LongCase, Guid AnyCase, Guid AnyApplication)
{
    public long Events => GrievanceEvents + ApplicationEvents + OversightEvents;
}

/// <summary>
/// Writes S11's ten years straight into the platform's store: each case's stream with its module's events, and the file of its
/// oversight contract messages (<see cref="ContractMessages"/>) as the Oversight module files them (<see cref="OversightFiling"/>),
/// both with their modules' inline projections, many cases a transaction (batched Marten appends, never the API).
/// </summary>
public static class DistrictGenerator
{
    private const int CasesPerBatch = 500;
    public static readonly TimeSpan Span = TimeSpan.FromDays(3_652);

    /// <summary>
    /// Requests received evenly over ten years up to <paramref name="now"/>: those of the last two weeks still open (received, assigned
    /// or handled with a promise), the others closed, one in ten after two rounds; applications lodged evenly over the same years,
    /// those with a promised limit of the last three days still waiting for their decision; plus one request of 500 events.
    /// </summary>
    public static async Task<DistrictWritten> GenerateAsync(IDocumentStore store, District district, DateTimeOffset now, TextWriter log, CancellationToken cancellation)
    {
        var start = now - Span;
        var messages = new ContractMessages(now);
        var enterprises = new Random(11);
        DistrictEnterprise AnyEnterprise() => District.Enterprise(enterprises.Next(district.Enterprises));

        long grievanceEvents = 0, oversightEvents = 0;
        var anyCase = Guid.Empty;
        var open = now.AddDays(-14);
        for (var done = 0; done < district.Grievances; done += CasesPerBatch)
        {
            await using var session = store.LightweightSession();
            for (var i = done; i < Math.Min(district.Grievances, done + CasesPerBatch); i++)
            {
                var id = Guid.CreateVersion7();
                var at = start + TimeSpan.FromTicks(Span.Ticks / district.Grievances * i);
                var by = AnyEnterprise();
                var history = at > open ? GrievanceHistories.Open(id, at, i % 3, by)
                    : i % 10 == 0 ? GrievanceHistories.ClosedAfterTwoRounds(id, at, by)
                    : GrievanceHistories.ClosedInOneRound(id, at, by);
                if (anyCase == Guid.Empty && history.Length == 6) anyCase = id;
                session.Events.StartStream<Grievance>(id, history);
                grievanceEvents += history.Length;
                oversightEvents += File(session, messages.OfGrievance(history));
            }
            await session.SaveChangesAsync(cancellation);
            if (done / CasesPerBatch % 40 == 39) log.WriteLine($"S11 {done + CasesPerBatch:N0} requests written");
        }

        var applications = district.ImmediateApplications + district.PromisedApplications;
        long applicationEvents = 0;
        var anyApplication = Guid.Empty;
        var waiting = now.AddDays(-3);
        for (var done = 0; done < applications; done += CasesPerBatch)
        {
            await using var session = store.LightweightSession();
            for (var j = done; j < Math.Min(applications, done + CasesPerBatch); j++)
            {
                var id = Guid.CreateVersion7();
                var at = start + TimeSpan.FromTicks(Span.Ticks / applications * j);
                var promised = (long)(j + 1) * district.PromisedApplications / applications > (long)j * district.PromisedApplications / applications;
                var commands = promised ? ApplicationHistories.WithPromise(id, at, AnyEnterprise(), at < waiting, messages.Calendar)
                    : ApplicationHistories.ImmediateDone(id, at, AnyEnterprise());
                if (anyApplication == Guid.Empty && promised) anyApplication = id;
                var events = commands.SelectMany(c => c).ToList();
                session.Events.StartStream<ServiceApplication>(id, events);
                applicationEvents += events.Count;
                oversightEvents += File(session, messages.OfApplication(commands));
            }
            await session.SaveChangesAsync(cancellation);
            if (done / CasesPerBatch % 200 == 199) log.WriteLine($"S11 {done + CasesPerBatch:N0} applications written");
        }

        var longCase = Guid.CreateVersion7();
        await using (var session = store.LightweightSession())
        {
            var history = GrievanceHistories.ManyRounds(longCase, now.AddDays(-300), 250);
            session.Events.StartStream<Grievance>(longCase, history[..500]);
            await session.SaveChangesAsync(cancellation);
            grievanceEvents += 500;
        }
        return new DistrictWritten(district.Grievances, applications, grievanceEvents, applicationEvents, oversightEvents, longCase, anyCase, anyApplication);
    }

    /// <summary>
    /// One case's messages filed in its oversight file, in the order sent, each decided on the file as the ones before left it (as the
    /// handler's one-at-a-time queue would file them); the file's events in one new stream. Answers the events filed.
    /// </summary>
    private static int File(IDocumentSession session, IReadOnlyList<object> messages)
    {
        var id = OversightFile.IdOf(OversightFiling.CaseOf(messages[0]).CaseId);
        var file = new OversightFile { Id = id };
        var filed = new List<object>();
        foreach (var message in messages)
        {
            foreach (var e in OversightFiling.Of(file, message))
            {
                file.Record(e);
                filed.Add(e);
            }
        }
        session.Events.StartStream<OversightFile>(id, filed);
        return filed.Count;
    }
}
