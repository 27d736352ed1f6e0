namespace Nanchuan.Judiciary.Tests.Api;

/// <summary>The platform with a clock the tests set: the scenarios live around the 2026 Mid-Autumn and National Day holidays.</summary>
public sealed class JudiciaryHost() : ModuleHost(new DateTimeOffset(2026, 9, 21, 10, 0, 0, Beijing));

[CollectionDefinition(Name)]
public sealed class JudiciaryCollection : ICollectionFixture<JudiciaryHost>
{
    public const string Name = "judiciary-api";
}
