using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformHost>
{
    public const string Name = "platform";
}
