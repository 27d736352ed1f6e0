using System.Collections.Concurrent;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Licensing.Registration;
using Nanchuan.Testing;

namespace Nanchuan.Licensing.Tests;

/// <summary>The platform with a clock the tests set (Asia/Shanghai dates of the spec's examples).</summary>
public sealed class LicensingHost() : ModuleHost(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))
{
    /// <summary>The catalogue codes <see cref="HallTargetTests"/> measures against the headline targets (Licensing:HallTargets).</summary>
    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        base.ConfigureHost(builder);
        builder.UseSetting("Licensing:HallTargets:InvestmentProjectFilingItems:0", HallTargetTests.InvestmentFilingItem);
        builder.UseSetting("Licensing:HallTargets:ConstructionPermitItems:0", HallTargetTests.ConstructionPermitItem);
        builder.UseSetting("Licensing:HallTargets:CompletionFilingItems:0", HallTargetTests.CompletionFilingItem);
    }

    public void SetShanghaiTime(int year, int month, int day, int hour, int minute) =>
        SetTime(new DateTimeOffset(year, month, day, hour, minute, 0, Beijing));

    private readonly ConcurrentDictionary<Guid, string> _pointOf = new();

    /// <summary>Files a registration as a clerk of the point; <see cref="ClerkOf"/> then names who may act on it.</summary>
    public async Task<Guid> FileAsync(string servicePoint, string companyName)
    {
        var id = (await this.Post(TestActors.ClerkAt(servicePoint), "/api/licensing/registrations",
            new FileRegistration(servicePoint, companyName, "李明", "重庆市南川区东城街道金佛大道1号", "茶叶种植与加工", null)).Read<CaseCreated>()).Id;
        _pointOf[id] = servicePoint;
        return id;
    }

    /// <summary>A clerk of the service point the registration was filed at.</summary>
    public Actor ClerkOf(Guid registrationId) => TestActors.ClerkAt(_pointOf[registrationId]);

    public Task<IScenarioResult> PostAsync(string url, int status = 200, Actor? clerk = null) => Host.Scenario(s =>
    {
        s.Post.Url(url);
        s.As(this, clerk ?? TestActors.WindowClerk);
        s.StatusCodeShouldBe(status);
    });
}

[CollectionDefinition(Name)]
public sealed class LicensingCollection : ICollectionFixture<LicensingHost>
{
    public const string Name = "licensing";
}
