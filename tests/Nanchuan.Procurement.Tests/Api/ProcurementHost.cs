namespace Nanchuan.Procurement.Tests.Api;

/// <summary>The platform with a clock the tests set: the scenarios live in 2025's second quarter (and 2024 for the credit example).</summary>
public sealed class ProcurementHost() : ModuleHost(new DateTimeOffset(2025, 4, 8, 10, 0, 0, Beijing));

[CollectionDefinition(Name)]
public sealed class ProcurementCollection : ICollectionFixture<ProcurementHost>
{
    public const string Name = "procurement-api";
}
