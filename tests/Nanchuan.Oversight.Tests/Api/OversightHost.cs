namespace Nanchuan.Oversight.Tests.Api;

/// <summary>The whole platform with a clock the tests set: the scenarios drive real modules and read the oversight API.</summary>
public sealed class OversightHost() : ModuleHost(new DateTimeOffset(2024, 9, 2, 10, 0, 0, Beijing));

[CollectionDefinition(Name)]
public sealed class OversightCollection : ICollectionFixture<OversightHost>
{
    public const string Name = "oversight-api";
}
