using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nanchuan.Licensing.Registration;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>The platform with a clock the tests set (Asia/Shanghai dates of the spec's examples).</summary>
public sealed class LicensingHost : PlatformHost
{
    public FakeTimeProvider Clock { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));

    public void SetShanghaiTime(int year, int month, int day, int hour, int minute) =>
        Clock.AdjustTime(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)));

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task<Guid> FileAsync(string servicePoint, string companyName)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new FileRegistration(servicePoint, companyName, "李明", "重庆市南川区东城街道金佛大道1号", "茶叶种植与加工", null)).ToUrl("/api/licensing/registrations");
            s.As(this, TestActors.WindowClerk);
        });
        return (await result.ReadAsJsonAsync<CaseCreated>()).Id;
    }

    /// <summary>The stream's events once one of type <typeparamref name="T"/> is among them (scheduled messages run on the durability agent's poll).</summary>
    public async Task<IReadOnlyList<object>> WaitForEventAsync<T>(Guid streamId)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var query = Store.QuerySession();
            var events = (await query.Events.FetchStreamAsync(streamId)).Select(e => e.Data).ToList();
            if (events.OfType<T>().Any() || attempt == 120) return events;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    public Task<IScenarioResult> PostAsync(string url, int status = 200) => Host.Scenario(s =>
    {
        s.Post.Url(url);
        s.As(this, TestActors.WindowClerk);
        s.StatusCodeShouldBe(status);
    });
}

[CollectionDefinition(Name)]
public sealed class LicensingCollection : ICollectionFixture<LicensingHost>
{
    public const string Name = "licensing";
}
