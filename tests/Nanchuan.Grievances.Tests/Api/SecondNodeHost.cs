using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Database;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// Another start of the platform on an existing database — the same node after a restart, or a second node —
/// with its own test clock.
/// </summary>
internal static class SecondNodeHost
{
    public static async Task<IAlbaHost> StartAsync(string connectionString, TestClock clock) =>
        await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting($"ConnectionStrings:{PlatformDatabase.ConnectionStringName}", connectionString);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });
}
