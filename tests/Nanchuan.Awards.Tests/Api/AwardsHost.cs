namespace Nanchuan.Awards.Tests.Api;

/// <summary>The platform with a clock the tests set. Each test runs its own contest year, so tests never share a contest.</summary>
public sealed class AwardsHost() : ModuleHost(new DateTimeOffset(2024, 11, 4, 10, 0, 0, Beijing));

[CollectionDefinition(Name)]
public sealed class AwardsCollection : ICollectionFixture<AwardsHost>
{
    public const string Name = "awards-api";
}
