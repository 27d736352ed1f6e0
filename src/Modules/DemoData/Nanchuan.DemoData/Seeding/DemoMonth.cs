using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.DemoData.Scripts;

namespace Nanchuan.DemoData.Seeding;

/// <summary>What a seeding is asked for: the random numbers' seed (printed, so a month can be made again) and the month's last moment.</summary>
internal sealed record DemoMonthOptions(int Seed, DateTimeOffset End);

/// <summary>What a seeding did.</summary>
internal sealed record DemoMonthResult(DateTimeOffset Start, DateTimeOffset End, int Steps, int Skipped, int TimersDelivered, int TimersAhead);

/// <summary>Everything a module's script plans with: the agenda, the API, the seed's random numbers, the month and its enterprises.</summary>
internal sealed record Demo(Agenda Agenda, DemoApi Api, Random Random, Month Month, IReadOnlyList<Enterprise> Enterprises)
{
    /// <summary>An enterprise of the month by the seed's random numbers; the sample one more often, so its console thread is full.</summary>
    public Enterprise AnyEnterprise() => Random.Next(4) == 0 ? Enterprises[0] : Enterprises[Random.Next(Enterprises.Count)];

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>True with the given chance in percent.</summary>
    public bool Chance(int percent) => Random.Next(100) < percent;
}

/// <summary>
/// 演示月: a month of Nanchuan District written through the REST API (ADR 0099). The scripts plan every module's steps at
/// moments of the month; the steps run in time order on the seed clock, the platform's timers in between at their moments.
/// </summary>
internal static class DemoMonth
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>
    /// Seeds the month. Refused (<see cref="DemoMonthRefusedException"/>) when the database already holds anything a person
    /// recorded: the month is written once, on a fresh database (the reference data every start writes does not count).
    /// </summary>
    public static async Task<DemoMonthResult> RunAsync(IHost host, HttpClient http, DemoMonthOptions options, TextWriter log, CancellationToken cancellation)
    {
        if (await RecordedByPeopleAsync(host.Services, cancellation) is > 0 and var events)
            throw new DemoMonthRefusedException(
                $"数据库中已有{events}个由用户记录的事件，演示数据只写入新数据库 / the database already holds {events} events recorded by people; " +
                "demo data is written only into a fresh database (drop it, or point ConnectionStrings__Nanchuan at a new one).");
        var clock = host.Services.GetRequiredService<TimeProvider>() as SeedClock
            ?? throw new InvalidOperationException("The platform's clock is not the seed clock: start the host for the `seed` command.");
        var month = new Month(host.Services.GetRequiredService<IWorkingDayCalendar>(), options.End);
        var random = new Random(options.Seed);
        var demo = new Demo(new Agenda(month.Start, month.End), new DemoApi(http, host.Services.GetRequiredService<TokenIssuer>()), random, month,
            People.Enterprises(random, 24));
        foreach (var plan in ModuleScripts.All) plan(demo);

        var timers = new SeededTimers(host, clock);
        var (steps, skipped) = (demo.Agenda.InOrder(), 0);
        log.WriteLine($"演示月 {month.Start.ToOffset(Beijing):yyyy-MM-dd HH:mm} – {month.End.ToOffset(Beijing):yyyy-MM-dd HH:mm}（北京时间），{steps.Count} 个步骤，随机种子 {options.Seed}");
        foreach (var step in steps)
        {
            cancellation.ThrowIfCancellationRequested();
            await timers.DeliverUntilAsync(step.At);
            clock.Set(step.At);
            try
            {
                await timers.RunAsync(step.Run);
            }
            catch (DemoStepRefusedException e) when (step.Optional)
            {
                skipped++;
                log.WriteLine($"  skipped {step.At:MM-dd HH:mm} {step.What}: {e.Message}");
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{step.At:yyyy-MM-dd HH:mm} {step.What}: {e.Message}", e);
            }
        }
        await timers.DeliverUntilAsync(month.End);
        clock.Set(month.End);
        var ahead = timers.Pending;
        await timers.HandOverAsync(month.End);
        return new DemoMonthResult(month.Start, month.End, steps.Count - skipped, skipped, timers.Delivered, ahead);
    }

    /// <summary>Events recorded by anyone but the platform itself (the directory, the holiday schedules and ledgers every start writes).</summary>
    public static async Task<long> RecordedByPeopleAsync(IServiceProvider services, CancellationToken cancellation)
    {
        await using var query = services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await query.QueryAsync<long>(
            $"select count(*) from {PlatformHosting.EventSchema}.mt_events where coalesce(headers ->> 'role', '{Roles.System}') <> '{Roles.System}'",
            cancellation)).Single();
    }
}

/// <summary>The database is not fresh: the month is not written (nothing was).</summary>
internal sealed class DemoMonthRefusedException(string message) : Exception(message);
