using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The platform with a clock the tests set: "now" for assignments and reports is whatever the scenario needs.</summary>
public class GrievancesHost : PlatformHost
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2024, 5, 9, 10, 0, 0, TimeSpan.FromHours(8)));

    protected sealed override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));

    /// <summary>
    /// Waits until every monthly-report refresh sent so far has run. They are handled in batches, and a tracked session
    /// counts a refresh as handled once it joined a batch, before the batch ran.
    /// </summary>
    public async Task MonthlyReportRefreshedAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var pending = new NpgsqlCommand(
                "select count(*) from wolverine.wolverine_incoming_envelopes where message_type like '%RefreshMonthlyReport%' and status <> 'Handled'", connection);
            if ((long)(await pending.ExecuteScalarAsync())! == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("monthly-report refreshes still pending after 30 s");
            await Task.Delay(50);
        }
    }
}

/// <summary>A platform clock a test sets to any instant, backwards too (each scenario lives on its own dates).</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public void SetUtcNow(DateTimeOffset value) => now = value;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

[CollectionDefinition(Name)]
public sealed class GrievancesCollection : ICollectionFixture<GrievancesHost>
{
    public const string Name = "grievances-api";
}
