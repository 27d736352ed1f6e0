namespace Nanchuan.Incentives.Tests.Api;

/// <summary>The platform with a clock the tests set: agreements signed in March 2025, milestones through 2026.</summary>
public sealed class IncentivesHost() : ModuleHost(new DateTimeOffset(2025, 3, 10, 10, 0, 0, Beijing));

[CollectionDefinition(Name)]
public sealed class IncentivesCollection : ICollectionFixture<IncentivesHost>
{
    public const string Name = "incentives-api";
}
