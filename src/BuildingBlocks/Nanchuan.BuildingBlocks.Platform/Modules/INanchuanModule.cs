using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Modules;

/// <summary>
/// What a bounded-context module tells the platform about itself. The Host lists the modules; the
/// platform calls these hooks. A module owns the database schema named after it (see docs/adr/0003).
/// </summary>
public interface INanchuanModule
{
    /// <summary>Module name as in the design (e.g. "Grievances"); lower-cased it is the schema and the `/api/{name}` prefix.</summary>
    string Name { get; }

    string SchemaName => Name.ToLowerInvariant();

    /// <summary>
    /// The clock the platform runs on when the process was started for <paramref name="command"/>, a command of this module
    /// (e.g. DemoData's seed clock for `seed`); null: the system clock. Asked by the platform's start-up with the command line's first argument.
    /// </summary>
    TimeProvider? ClockFor(string command) => null;

    /// <summary>Services of the module (query services, options).</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Documents, projections and event types of the module; document tables go into <see cref="SchemaName"/>.</summary>
    void ConfigureMarten(StoreOptions options) { }

    /// <summary>Message routing of the module (durable local queues for its integration messages).</summary>
    void ConfigureWolverine(WolverineOptions options) { }

    /// <summary>
    /// Endpoints that are not Wolverine HTTP endpoints (e.g. the console's Razor Pages), mapped after the platform's middleware.
    /// They are not covered by Wolverine's RequireAuthorizeOnAll: the module states each endpoint's authorization itself.
    /// </summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>The module's report tables (docs/adr/0022): the platform creates them with the schema, grants them to the reporting role and exports them.</summary>
    ReportCatalog? Reports => null;
}
