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

/// <summary>A new stream of the district: the aggregate it is the stream of, its id and its events in order.</summary>
public sealed record DistrictStream(Type Aggregate, Guid Id, IReadOnlyList<object> Events);

/// <summary>
/// S11's ten years as new streams, a batch at a time: each case's stream with its module's events and the file of its oversight
/// contract messages (<see cref="ContractMessages"/>) as the Oversight module files them (<see cref="OversightFiling"/>). Where
/// they go is the writer's business (<see cref="DistrictCopy"/>: copied in, the inline projections run on the copied events).
/// The same district, now and ids for the same arguments, so two writers can be compared row by row.
/// </summary>
public static class DistrictGenerator
{
    /// <summary>Cases handed to the writer at a time: each case is two streams (its own and its oversight file).</summary>
    public const int CasesPerBatch = 1_000;
    public static readonly TimeSpan Span = TimeSpan.FromDays(3_652);

    /// <summary>
    /// Requests received evenly over ten years up to <paramref name="now"/>: those of the last two weeks still open (received, assigned
    /// or handled with a promise), the others closed, one in ten after two rounds; applications lodged evenly over the same years,
    /// those with a promised limit of the last three days still waiting for their decision; plus one request of 500 events.
    /// </summary>
    public static async Task<DistrictWritten> GenerateAsync(
        District district, DateTimeOffset now, Func<IReadOnlyList<DistrictStream>, CancellationToken, Task> write, TextWriter log, CancellationToken cancellation)
    {
        var start = now - Span;
        var messages = new ContractMessages(now);
        var enterprises = new Random(11);
        var ids = new DistrictIds(7);
        DistrictEnterprise AnyEnterprise() => District.Enterprise(enterprises.Next(district.Enterprises));

        // The writer writes a batch while the next is made: at most one batch waits.
        var writing = Task.CompletedTask;
        async Task HandAsync(IReadOnlyList<DistrictStream> batch)
        {
            await writing;
            writing = write(batch, cancellation);
        }

        long grievanceEvents = 0, oversightEvents = 0;
        var anyCase = Guid.Empty;
        var open = now.AddDays(-14);
        for (var done = 0; done < district.Grievances; done += CasesPerBatch)
        {
            var batch = new List<DistrictStream>();
            for (var i = done; i < Math.Min(district.Grievances, done + CasesPerBatch); i++)
            {
                var at = start + TimeSpan.FromTicks(Span.Ticks / district.Grievances * i);
                var id = ids.At(at);
                var by = AnyEnterprise();
                var history = at > open ? GrievanceHistories.Open(id, at, i % 3, by)
                    : i % 10 == 0 ? GrievanceHistories.ClosedAfterTwoRounds(id, at, by)
                    : GrievanceHistories.ClosedInOneRound(id, at, by);
                if (anyCase == Guid.Empty && history.Length == 6) anyCase = id;
                batch.Add(new DistrictStream(typeof(Grievance), id, history));
                grievanceEvents += history.Length;
                oversightEvents += File(batch, messages.OfGrievance(history));
            }
            await HandAsync(batch);
            if (done / CasesPerBatch % 20 == 19) log.WriteLine($"S11 {done + CasesPerBatch:N0} requests written");
        }

        var applications = district.ImmediateApplications + district.PromisedApplications;
        long applicationEvents = 0;
        var anyApplication = Guid.Empty;
        var waiting = now.AddDays(-3);
        for (var done = 0; done < applications; done += CasesPerBatch)
        {
            var batch = new List<DistrictStream>();
            for (var j = done; j < Math.Min(applications, done + CasesPerBatch); j++)
            {
                var at = start + TimeSpan.FromTicks(Span.Ticks / applications * j);
                var id = ids.At(at);
                var promised = (long)(j + 1) * district.PromisedApplications / applications > (long)j * district.PromisedApplications / applications;
                var commands = promised ? ApplicationHistories.WithPromise(id, at, AnyEnterprise(), at < waiting, messages.Calendar)
                    : ApplicationHistories.ImmediateDone(id, at, AnyEnterprise());
                if (anyApplication == Guid.Empty && promised) anyApplication = id;
                var events = commands.SelectMany(c => c).ToList();
                batch.Add(new DistrictStream(typeof(ServiceApplication), id, events));
                applicationEvents += events.Count;
                oversightEvents += File(batch, messages.OfApplication(commands));
            }
            await HandAsync(batch);
            if (done / CasesPerBatch % 100 == 99) log.WriteLine($"S11 {done + CasesPerBatch:N0} applications written");
        }

        var longCaseStart = now.AddDays(-300);
        var longCase = ids.At(longCaseStart);
        await HandAsync([new DistrictStream(typeof(Grievance), longCase, GrievanceHistories.ManyRounds(longCase, longCaseStart, 250)[..500])]);
        await writing;
        grievanceEvents += 500;
        return new DistrictWritten(district.Grievances, applications, grievanceEvents, applicationEvents, oversightEvents, longCase, anyCase, anyApplication);
    }

    /// <summary>
    /// One case's messages filed in its oversight file, in the order sent, each decided on the file as the ones before left it (as the
    /// handler's one-at-a-time queue would file them); the file's events as one new stream. Answers the events filed.
    /// </summary>
    private static int File(List<DistrictStream> batch, IReadOnlyList<object> messages)
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
        batch.Add(new DistrictStream(typeof(OversightFile), id, filed));
        return filed.Count;
    }
}

/// <summary>
/// Case ids as <see cref="Guid.CreateVersion7()"/> makes them (the case's time in the first 48 bits, so ids sort by time) with the
/// rest drawn from a seeded generator instead of at random: the same district gets the same ids.
/// </summary>
internal sealed class DistrictIds(int seed)
{
    private readonly Random _random = new(seed);

    public Guid At(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
