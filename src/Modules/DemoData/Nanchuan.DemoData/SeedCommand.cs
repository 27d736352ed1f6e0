using System.Globalization;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nanchuan.DemoData.Seeding;

namespace Nanchuan.DemoData;

/// <summary>The options of `seed`: the data set (demo-month), `--seed`, `--end`, `--force`.</summary>
public sealed class SeedInput : NetCoreInput
{
    [Description("数据集 / the data set: demo-month")]
    public string DataSet { get; set; } = "";

    [Description("随机种子 / seed of the random numbers (every run prints its own; default: drawn)")]
    public string SeedFlag { get; set; } = "";

    [Description("月末时刻 / the month's last moment, yyyy-MM-dd (18:00 Beijing time) or an ISO instant (default: now)")]
    public string EndFlag { get; set; } = "";

    [Description("也在 Development 以外运行 / run outside the Development environment too")]
    public bool ForceFlag { get; set; }
}

/// <summary>
/// `dotnet run --project src/Host -- seed demo-month [--seed N] [--end yyyy-MM-dd] [--force]` (ADR 0099): starts the platform
/// in this process on a free local port, with the seed clock, and writes a month of Nanchuan District through its REST API.
/// Exit code 0 when seeded; 1 when refused (not Development without --force, a database that is not fresh) or a step failed.
/// </summary>
[Description("演示数据：向新数据库写入南川区一个月的业务 / fills a fresh database with a month of Nanchuan District through the REST API", Name = CommandName)]
public sealed class SeedCommand : JasperFxAsyncCommand<SeedInput>
{
    public const string CommandName = "seed";
    public const string DataSetName = "demo-month";

    public override async Task<bool> Execute(SeedInput input)
    {
        if (input.DataSet != DataSetName || !TryOptions(input, out var options))
        {
            Console.Error.WriteLine($"usage: {CommandName} {DataSetName} [--seed N] [--end yyyy-MM-dd|ISO instant] [--force]");
            return false;
        }
        using var host = input.BuildHost();
        if (!host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment() && !input.ForceFlag)
        {
            Console.Error.WriteLine("演示数据只写入开发环境 / demo data is written in the Development environment only; add --force to write it elsewhere.");
            return false;
        }
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        addresses.Clear();
        addresses.Add("http://127.0.0.1:0");
        await host.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(addresses.First()), Timeout = TimeSpan.FromMinutes(2) };
            var started = DateTimeOffset.UtcNow;
            var result = await DemoMonth.RunAsync(host, http, options, Console.Out, CancellationToken.None);
            Console.WriteLine($"完成 / seeded: {result.Steps} steps ({result.Skipped} skipped), {result.TimersDelivered} timers delivered on the month's clock, " +
                              $"{result.TimersAhead} still ahead, in {(DateTimeOffset.UtcNow - started).TotalSeconds:0} s.");
            Console.WriteLine($"再次生成同一个月 / the same month again (on a fresh database): {CommandName} {DataSetName} --seed {options.Seed} " +
                              $"--end {options.End.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-ddTHH:mm:sszzz}");
            return true;
        }
        catch (DemoMonthRefusedException e)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static bool TryOptions(SeedInput input, out DemoMonthOptions options)
    {
        options = null!;
        var seed = Random.Shared.Next(1, 1_000_000);
        if (input.SeedFlag.Length > 0 && !int.TryParse(input.SeedFlag, CultureInfo.InvariantCulture, out seed)) return false;
        var end = DateTimeOffset.UtcNow;
        end = new DateTimeOffset(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, TimeSpan.Zero);
        if (input.EndFlag.Length > 0)
        {
            if (DateOnly.TryParseExact(input.EndFlag, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                end = new DateTimeOffset(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8));
            else if (!DateTimeOffset.TryParse(input.EndFlag, CultureInfo.InvariantCulture, DateTimeStyles.None, out end)) return false;
        }
        options = new DemoMonthOptions(seed, end);
        return true;
    }
}
