using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Projections;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// A save runs only the inline projections declaring one of its event types (ADR 0179). That each module's own projections
/// still follow its writes is what every module's tests show, on hosts with all modules; here: the choice, its order, and
/// that a projection declaring nothing is refused when the store is configured rather than silently never run.
/// </summary>
public sealed class ScopedInlineProjectionsTests
{
    [Fact]
    public async Task A_save_runs_the_projections_declaring_its_event_types_in_their_order_and_no_other()
    {
        var ran = new List<string>();
        var scoped = new ScopedInlineProjections(
        [
            new Spy("opened", ran, typeof(CaseOpened)),
            new Spy("closed", ran, typeof(CaseClosed)),
            new Spy("any case event", ran, typeof(ICaseEvent)),
            new Spy("other module", ran, typeof(PermitIssued)),
            new Undeclared("Marten's own", ran),
        ]);

        await scoped.ApplyAsync(null!, [Stream(new CaseOpened())], CancellationToken.None);
        ran.ShouldBe(["opened", "any case event", "Marten's own"]);

        ran.Clear();
        await scoped.ApplyAsync(null!, [Stream(new CaseClosed()), Stream(new CaseOpened(), new CaseOpened())], CancellationToken.None);
        ran.ShouldBe(["opened", "closed", "any case event", "Marten's own"]);

        ran.Clear();
        await scoped.ApplyAsync(null!, [Stream(new PermitIssued())], CancellationToken.None);
        ran.ShouldBe(["other module", "Marten's own"]);
    }

    [Fact]
    public void A_projection_declaring_no_event_type_stops_the_start()
    {
        var refusal = Should.Throw<InvalidOperationException>(() => PlatformHosting.StoreOptionsFor("Host=localhost", [new ModuleWithUndeclaredProjection()]));

        refusal.Message.ShouldContain(nameof(SwitchProjection));
        refusal.Message.ShouldContain("IncludeType");
    }

    private static StreamAction Stream(params object[] events) =>
        StreamAction.Append(Guid.NewGuid(), events.Select(e => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(e.GetType()), e)!).ToArray());

    private interface ICaseEvent;

    private sealed record CaseOpened : ICaseEvent;

    private sealed record CaseClosed : ICaseEvent;

    private sealed record PermitIssued;

    private sealed class Spy : EventFilterable, IInlineProjection<IDocumentOperations>
    {
        private readonly string _name;
        private readonly List<string> _ran;

        public Spy(string name, List<string> ran, Type eventType)
        {
            (_name, _ran) = (name, ran);
            IncludeType(eventType);
        }

        public Task ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation)
        {
            _ran.Add(_name);
            return Task.CompletedTask;
        }
    }

    private sealed class Undeclared(string name, List<string> ran) : IInlineProjection<IDocumentOperations>
    {
        public Task ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation)
        {
            ran.Add(name);
            return Task.CompletedTask;
        }
    }

    private sealed class SwitchProjection : IProjection
    {
        public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation) => Task.CompletedTask;
    }

    private sealed class ModuleWithUndeclaredProjection : INanchuanModule
    {
        public string Name => "Undeclared";

        public void ConfigureMarten(StoreOptions options) => options.Projections.Add(new SwitchProjection(), ProjectionLifecycle.Inline);
    }
}
