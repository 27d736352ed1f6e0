using System.Reflection;
using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events;
using ConcurrencyException = JasperFx.ConcurrencyException;
using JasperFx.Resources;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Errors;
using Nanchuan.BuildingBlocks.Platform.Health;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.BuildingBlocks.Platform.Messaging;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.BuildingBlocks.Platform.Requests;
using Nanchuan.BuildingBlocks.Platform.OpenApi;
using Nanchuan.BuildingBlocks.Platform.Openings;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.BuildingBlocks.Platform.Startup;
using Nanchuan.BuildingBlocks.Platform.Telemetry;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Npgsql;
using OpenTelemetry.Metrics;
using Weasel.Core;
using Wolverine.ErrorHandling;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Nanchuan.BuildingBlocks.Platform;

/// <summary>The whole platform wiring; the Host only lists its modules (docs/adr/0001, 0003, 0005).</summary>
public static class PlatformHosting
{
    /// <summary>Schema of the shared event store (one Marten store; documents live in each module's schema).</summary>
    public const string EventSchema = "events";
    /// <summary>Schema of Wolverine's durable inbox, outbox and scheduled messages.</summary>
    public const string MessagingSchema = "wolverine";
    /// <summary>Schema of the platform's own documents (calendar schedules).</summary>
    public const string PlatformSchema = "platform";

    /// <summary>The platform with the modules, for the process started with <paramref name="args"/> (the command line, which may pick the clock).</summary>
    public static WebApplicationBuilder AddNanchuanPlatform(this WebApplicationBuilder builder, string[] args, params INanchuanModule[] modules)
    {
        var services = builder.Services;
        var startupPieces = new StartupPieces();
        services.AddSingleton(startupPieces);
        services.AddSingleton<IReadOnlyList<INanchuanModule>>(modules);
        services.AddSingleton(args is [var command, ..] ? modules.Select(m => m.ClockFor(command)).FirstOrDefault(c => c is not null) ?? TimeProvider.System : TimeProvider.System);
        services.AddSingleton(sp => PlatformDatabase.Resolve(builder.Configuration, builder.Environment,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Nanchuan.Database")));
        services.AddSingleton<OtherNodesListener>();
        services.AddSingleton<NoticeSender>();
        // The first hosted service: the modules' start-up work and Marten's and Wolverine's agents would otherwise fail first, less clearly.
        if (!AppliesSchemaAtStartup(builder.Configuration)) services.AddHostedService<SchemaPresenceCheck>();

        // No IHttpContextAccessor: with one registered, every request sets its async-local and the server allocates a new
        // HttpContext for each request instead of reusing the connection's (ADR 0206).
        services.AddSingleton<RequestBodyTypes>();
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<RequestBodyTypes>((options, bodies) => RequestJson.Configure(options.SerializerOptions, bodies));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.BodyBytes);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = UnreadableValueProblem.Customize);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddPlatformSecurity(builder.Configuration, builder.Environment);
        services.AddSharedDataProtectionKeys();
        services.AddPlatformOpenApi();
        services.AddReverseProxies(builder.Configuration);
        services.AddAnonymousRateLimit(builder.Configuration);
        services.AddWolverineHttp();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<MessagingHealthCheck>("messaging", tags: ["messaging"]);
        services.AddPlatformTelemetry(builder.Configuration);
        services.AddSingleton<ProjectionRebuilds>();
        services.AddEventIntegrity();
        services.AddCaseReads();

        foreach (var module in modules) module.AddServices(services, builder.Configuration);

        var applySchema = AppliesSchemaAtStartup(builder.Configuration);
        // Marten's model of the modules (documents, projections, event types, report tables) is the largest single piece of
        // a start's work and needs nothing but the modules: it is built on a pool thread from here on, while this thread
        // sets up the services, the host and the endpoints, and the store's factory takes it when first asked (ADR 0173).
        var storeModel = Task.Run(() => StoreModelFor(modules));
        var marten = services.AddMarten(sp =>
            {
                var options = storeModel.GetAwaiter().GetResult();
                options.Connection(Tuned(sp.GetRequiredService<PlatformDatabase>().ConnectionString));
                if (!applySchema) options.AutoCreateSchemaObjects = AutoCreate.None;
                PlatformTelemetry.ConfigureMarten(options, builder.Configuration);
                return options;
            })
            .UseLightweightSessions();
        if (applySchema) marten.ApplyAllDatabaseChangesOnStartup();
        // Several nodes on one database (docs/adr/0122, docs/operations/multi-node.md): Wolverine's elected leader hands each
        // async projection or subscription shard to one node and moves it when that node dies (in place of Marten's HotCold daemon).
        marten.IntegrateWithWolverine(integration =>
        {
            integration.MessageStorageSchemaName = MessagingSchema;
            integration.UseWolverineManagedEventSubscriptionDistribution = true;
        });
        // After Marten's own start-up work: the openings (the calendar's stored schedules, the departments, the modules'
        // ledgers) begin here and run beside Wolverine's runtime start; the start waits for them before the server (ADR 0192).
        services.AddWorkingDayCalendar(builder.Configuration, startupPieces);
        services.AddDepartmentDirectory();
        services.AddDeadlines(builder.Configuration);
        services.BeginOpeningsHere();

        builder.Host.UseWolverine(options => ConfigureWolverine(options, builder, modules, applySchema));
        services.FinishOpeningsHere();
        services.ReadKeyRingAtFirstUse();
        return builder;
    }

    /// <summary>
    /// `Database:ApplySchemaAtStartup` (default true): each start compares every module's tables, and Wolverine's, with the
    /// code and applies the difference. A deployment that migrates in a step of its own (`resources setup`, README) sets it to
    /// false and starts faster (bench S8, docs/adr/0018). The embedded database always gets its schema at start.
    /// </summary>
    private static bool AppliesSchemaAtStartup(IConfiguration configuration) =>
        configuration.GetValue("Database:ApplySchemaAtStartup", true) || !PlatformDatabase.IsConfigured(configuration);

    public static WebApplication UseNanchuanPlatform(this WebApplication app)
    {
        // Two singletons the mapping below resolves, each about a twentieth of the main thread's work before the server
        // starts and needing nothing of the mapping: the metrics provider (`/metrics`) and the console's page model (Razor
        // Pages' descriptors). They are built on a pool thread from here, beside the middleware and Wolverine's chains; the
        // mapping that needs one takes it, waiting if it is not done yet (ADR 0211). A failure is logged with the piece's name
        // when it happens and thrown by the mapping that needs the piece (ADR 0238).
        var startupPieces = app.Services.GetRequiredService<StartupPieces>();
        startupPieces.LogTo(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Nanchuan.Startup"));
        var metricsProvider = startupPieces.Begin("metrics provider", () => app.Services.GetService<MeterProvider>());
        var pageModel = startupPieces.Begin("console page model", () => app.Services.GetService<IActionDescriptorCollectionProvider>()?.ActionDescriptors);
        // Before anything reads the client's address (ADR 0143): only configured proxies' X-Forwarded-For is believed.
        app.UseReverseProxies();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodySizeMiddleware>();
        app.UseAuthentication();
        // After authentication (signed-in users are not limited), before anything that answers anonymous requests.
        app.UseAnonymousRateLimit();
        app.UsePlatformOpenApi();
        app.UseMiddleware<ActorMiddleware>();
        // Before role checks, so a supervisor's write is always refused with the read-only reason.
        app.UseMiddleware<SupervisorReadOnlyMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<CaseVersionMiddleware>();
        app.UseMiddleware<EnumQueryValuesMiddleware>();
        app.UseMiddleware<RouteAndQueryValuesMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        // Operations readers only (ADR 0092): the queue's state and the platform's load are not for every signed-in user.
        app.MapHealthChecks("/health/messaging", new HealthCheckOptions { Predicate = check => check.Tags.Contains("messaging"), ResponseWriter = HealthReportJson.WriteAsync })
            .RequireAuthorization(Roles.Admin);
        metricsProvider.GetAwaiter().GetResult();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Roles.Admin);
        _ = app.Services.GetRequiredService<MessagingSignals>(); // its gauges exist from the start, not from the first health probe
        if (app.Environment.IsDevelopment()) app.MapDevelopmentTokens();
        app.MapWolverineEndpoints(options =>
        {
            options.RequireAuthorizeOnAll();
            // `?limit=abc` is a 400 naming the parameter, not a silent default (Wolverine's lenient default until 7.0).
            options.RejectUnparseableQueryValues = true;
            HandlerTagFrame.ReplaceWolverineTagging(options);
            var bodies = app.Services.GetRequiredService<RequestBodyTypes>();
            options.ConfigureEndpoints(chain =>
            {
                bodies.Add(chain.RequestType);
                EnumQueryParameters.Mark(chain);
                DateParameters.Mark(chain);
                CaseReadFrame.Apply(chain);
                QuerySessionFrame.Apply(chain);
                HandlerTagFrame.Apply(chain);
            });
            bodies.Add(typeof(DevelopmentTokenRequest));
        });
        pageModel.GetAwaiter().GetResult(); // the console maps its pages
        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<INanchuanModule>>()) module.MapEndpoints(app);
        return app;
    }

    /// <summary>The Marten configuration of the platform with the given modules; also used by bench/ to seed and rebuild.</summary>
    public static StoreOptions StoreOptionsFor(string connectionString, IEnumerable<INanchuanModule> modules)
    {
        var options = StoreModelFor(modules);
        options.Connection(Tuned(connectionString));
        return options;
    }

    /// <summary>
    /// The store's configuration without its connection, which Marten only opens when the store first needs its database
    /// (the connection may be set afterwards): what a start can build before the database is known.
    /// </summary>
    private static StoreOptions StoreModelFor(IEnumerable<INanchuanModule> modules)
    {
        var options = new StoreOptions();
        options.DatabaseSchemaName = PlatformSchema;
        options.Events.DatabaseSchemaName = EventSchema;
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Events.MetadataConfig.EnableAll();
        // Measured in bench/RESULTS.md: appends without reading the stream's version first (FetchForWriting already
        // knows it), the aggregate fetched for writing reused by its inline snapshot instead of being loaded again
        // (decisions never mutate it), and rebuilds one stream at a time.
        options.Events.AppendMode = EventAppendMode.Quick;
        options.Events.UseIdentityMapForAggregates = true;
        options.Events.UseOptimizedProjectionRebuilds = true;
        // A session keeps the pooled connection it first opens until it is disposed (ADR 0242): a command reads and commits
        // on one connection instead of taking one from the pool for its read and another for its commit.
        options.UseStickyConnectionLifetimes = true;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json =>
        {
            ConfigureJson(json);
            json.Converters.Add(new StoredUnifiedSocialCreditCodeJsonConverter());
        });
        options.Listeners.Add(new EventMetadataStamp());
        options.Listeners.Add(new CaseVersionCheck());
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.ConfigureCalendarStorage();
        options.ConfigureDepartmentStorage();
        options.ConfigureIntegrityStorage();
        options.ConfigureDataProtectionKeyStorage();
        options.Schema.For<AccessRefusal>().DatabaseSchemaName(PlatformSchema).Index(r => r.At);
        // 督办 of any opted-in module's case is the kit's event in that case's stream (ADR 0107).
        options.Events.AddEventType<OverdueCaseSupervised>();
        foreach (var module in modules) module.ConfigureMarten(options);
        options.AddReportTables(modules.Select(m => m.Reports).OfType<ReportCatalog>().ToList());
        // Each save runs only the inline projections declaring one of its event types, not all modules' (ADR 0179).
        ScopedInlineProjections.Install(options);
        return options;
    }

    /// <summary>
    /// Two Npgsql settings measured in bench/RESULTS.md; settings given in the connection string win.
    /// No reset on close: Marten opens a pooled connection per query, so the reset on return (DISCARD ALL, which also drops
    /// prepared statements) ran several times per command; the platform keeps no session state on a connection.
    /// Automatic preparation: PostgreSQL spent most of a command's time parsing and planning Marten's statements again
    /// (the same few upserts and appends each time); a statement used twice on a connection is prepared there.
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions("Reset On Close")) builder.NoResetOnClose = true;
        if (!Mentions("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 256;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;

        bool Mentions(string setting) => connectionString.Contains(setting, StringComparison.OrdinalIgnoreCase);
    }

    private static void ConfigureWolverine(WolverineOptions options, WebApplicationBuilder builder, IEnumerable<INanchuanModule> modules, bool applySchema)
    {
        options.Discovery.IncludeAssembly(typeof(PlatformHosting).Assembly);
        foreach (var module in modules) options.Discovery.IncludeAssembly(module.GetType().Assembly);

        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.Policies.UseDurableInboxOnAllListeners();
        options.Policies.UseDurableOutboxOnAllSendingEndpoints();
        // Each module's handler of a shared message runs on its own, so one module's failure never blocks another's.
        options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
        options.MetadataRules.Add(new ActorEnvelopeHeaders());
        // A message handler that lost an optimistic-concurrency race (a user wrote the same case meanwhile) reloads
        // and decides again; only after repeated losses does the message go to the dead-letter queue. Starting a stream
        // another node started a moment before (a file two nodes open for the same case, ADR 0122) is such a race too.
        options.Policies.OnException<ConcurrencyException>().Or<DcbConcurrencyException>()
            .Or<JasperFx.Events.ExistingStreamIdCollisionException>().Or<Marten.Exceptions.ExistingStreamIdCollisionException>()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        options.Policies.AddMiddleware(typeof(ActorFromEnvelopeMiddleware));
        options.Durability.MessageStorageSchemaName = MessagingSchema;
        // Every node registers itself, beats, takes part in the leader election and recovers a dead node's inbox and outbox (ADR 0122).
        options.Durability.Mode = DurabilityMode.Balanced;
        NodeRecovery.Apply(options.Durability, builder.Configuration);
        // The pre-generated handler code lives in the Host (src/Host/Internal/Generated, docs/adr/0005). Name the Host's
        // assembly explicitly: left alone, Wolverine picks the entry assembly in a real process but this assembly (the
        // caller of UseWolverine) under the test host, and TypeLoadMode.Static then finds no pre-built types.
        // ApplicationName is the Host's assembly in both (WebApplicationFactory sets it from its entry point type).
        options.ApplicationAssembly = Assembly.Load(new AssemblyName(builder.Environment.ApplicationName));
        options.CodeGeneration.TypeLoadMode = Enum.Parse<TypeLoadMode>(builder.Configuration["Wolverine:TypeLoadMode"] ?? nameof(TypeLoadMode.Dynamic));
        if (applySchema) options.Services.AddResourceSetupOnStartup();
        else options.AutoBuildMessageStorageOnStartup = AutoCreate.None;

        foreach (var module in modules) module.ConfigureWolverine(options);
    }

    public static void ConfigureJson(System.Text.Json.JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
    }
}
