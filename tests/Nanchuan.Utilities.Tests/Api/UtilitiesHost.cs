using Nanchuan.Testing;

namespace Nanchuan.Utilities.Tests.Api;

/// <summary>The platform with a clock the tests set: "now" is whatever the scenario needs.</summary>
public sealed class UtilitiesHost() : ModuleHost(new DateTimeOffset(2025, 1, 23, 10, 0, 0, Beijing));

[CollectionDefinition(Name)]
public sealed class UtilitiesCollection : ICollectionFixture<UtilitiesHost>
{
    public const string Name = "utilities-api";
}
