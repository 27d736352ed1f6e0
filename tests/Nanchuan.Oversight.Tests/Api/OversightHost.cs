using Wolverine;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>The whole platform with a clock the tests set: the scenarios drive real modules and read the oversight API.</summary>
public sealed class OversightHost() : ModuleHost(new DateTimeOffset(2024, 9, 2, 10, 0, 0, Beijing))
{
    /// <summary>
    /// One request through a module and the read side before any test: the first use compiles the endpoints, handlers and
    /// Marten's code, which on a loaded machine took longer than a test's tracked wait (60 s) allows, so the first test of
    /// the collection failed whichever it was. A case of its own enterprise, in January 2023, outside every test's figures.
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SetTime(At(2023, 1, 3, 10, 0));
        Func<IMessageContext, Task> receive = _ => this.ReceiveGrievance(Enterprise("91500108MA5U8XRB9A", "重庆南川预热科技有限公司"));
        await Host.TrackActivity(TimeSpan.FromMinutes(10)).ExecuteAndWaitAsync(receive);
    }
}

[CollectionDefinition(Name)]
public sealed class OversightCollection : ICollectionFixture<OversightHost>
{
    public const string Name = "oversight-api";
}
