namespace Nanchuan.Enforcement.Tests.Api;

/// <summary>The platform with a clock the tests set: the scenarios live in 2025's second quarter (and the third, for refusals).</summary>
public sealed class EnforcementHost() : ModuleHost(new DateTimeOffset(2025, 4, 8, 10, 0, 0, Beijing));

[CollectionDefinition(Name)]
public sealed class EnforcementCollection : ICollectionFixture<EnforcementHost>
{
    public const string Name = "enforcement-api";
}
