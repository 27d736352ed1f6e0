using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

/// <summary>The platform with a clock the tests move forward (map ages, working days between stages).</summary>
public class LandUseHost : ModuleHost
{
    public LandUseHost() : this(new DateTimeOffset(2024, 9, 2, 9, 0, 0, Beijing)) { }

    protected LandUseHost(DateTimeOffset start) : base(start) { }
}

[CollectionDefinition(Name)]
public sealed class LandUseCollection : ICollectionFixture<LandUseHost>
{
    public const string Name = "landuse";
}

/// <summary>A host whose clock starts on Fri 2024-09-13 09:00, the eve of the 2024 Mid-Autumn holiday (Sat Sep 14 is a make-up workday, Sep 15–17 off).</summary>
public sealed class MidAutumnHost() : LandUseHost(new DateTimeOffset(2024, 9, 13, 9, 0, 0, Beijing));
