using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events;
using JasperFx.Events.Projections;
using JasperFx.Resources;
using Marten;
using Nanchuan.Bench.Baselines;
using Nanchuan.Bench.MartenStack;
using Nanchuan.BuildingBlocks.Calendar;
using Npgsql;
using Weasel.Core;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

// Baseline (d), the stack on its own (docs/adr/0250): Marten and Wolverine configured as their documentation shows, with the
// store options the platform's S1 work depends on, and no platform code. Same token check and JSON as the other baselines.
var builder = WebApplication.CreateBuilder(args).AddBaselineEssentials();
var connectionString = builder.Configuration.GetConnectionString("Bench")
    ?? throw new InvalidOperationException("ConnectionStrings:Bench must be configured.");
// A deployment migrates in a step of its own and starts without comparing the schema (as the platform, ADR 0018): S8 starts so.
var applySchema = builder.Configuration.GetValue("Database:ApplySchemaAtStartup", true);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IWorkingDayCalendar>(WorkingDayCalendar.WithShippedSchedules());
builder.Services.AddWolverineHttp();
var marten = builder.Services.AddMarten(options =>
    {
        // The connection settings the platform and the raw baseline use: statements used twice prepared, no reset on return.
        options.Connection(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 256, AutoPrepareMinUsages = 2, NoResetOnClose = true }.ConnectionString);
        options.DatabaseSchemaName = "stack";
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        options.Events.MetadataConfig.EnableAll();
        // The options S1's work depends on, as the platform sets them: appends at the version read (no second read), the
        // aggregate fetched for writing reused by the inline snapshot, one connection per session (ADR 0242).
        options.Events.AppendMode = EventAppendMode.Quick;
        options.Events.UseIdentityMapForAggregates = true;
        options.UseStickyConnectionLifetimes = true;
        options.Events.AddEventTypes([typeof(GrievanceReceived), typeof(GrievanceAssigned), typeof(EnterpriseContacted)]);
        options.Projections.Snapshot<Grievance>(SnapshotLifecycle.Inline);
        // The platform's list columns and indexes on the snapshot (ADR 0200, 0220, 0241, 0262), fill factor 80 (ADR 0153): the
        // leading columns of the composite indexes duplicated without an index of their own, four with one.
        options.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType != typeof(Grievance)) return;
            foreach (var member in new[] { nameof(Grievance.ReceivedAtUtc), nameof(Grievance.CreditCodeText), nameof(Grievance.HandlingUnitId), nameof(Grievance.Status), nameof(Grievance.PromiseKept) })
                mapping.DuplicateField(member, pgType: null, notNull: false);
        });
        options.Schema.For<Grievance>().FillFactor(80)
            .Duplicate(x => x.PromisedCompletionDate).Duplicate(x => x.FirstAssignedAtUtc).Duplicate(x => x.LastRoundActivityAtUtc).Duplicate(x => x.RunningDueAtUtc)
            .Index([x => x.ReceivedAtUtc, x => x.Id], index => index.Name = "mt_doc_grievance_list_received")
            .Index([x => x.CreditCodeText, x => x.ReceivedAtUtc, x => x.Id], index => index.Name = "mt_doc_grievance_list_credit_code")
            .Index([x => x.HandlingUnitId!, x => x.ReceivedAtUtc, x => x.Id], index => index.Name = "mt_doc_grievance_list_handling_unit")
            .Index([x => x.HandlingUnitId!, x => x.Status, x => x.ReceivedAtUtc, x => x.Id], index => index.Name = "mt_doc_grievance_list_handling_unit_status")
            .Index([x => x.Status, x => x.ReceivedAtUtc, x => x.Id], index => index.Name = "mt_doc_grievance_list_status")
            .Index([x => x.PromiseKept!, x => x.PromisedCompletionDate!], index => index.Name = "mt_doc_grievance_list_promise");
        if (!applySchema) options.AutoCreateSchemaObjects = AutoCreate.None;
    })
    .UseLightweightSessions()
    .IntegrateWithWolverine(integration => integration.MessageStorageSchemaName = "wolverine");
if (applySchema) marten.ApplyAllDatabaseChangesOnStartup();

builder.Host.UseWolverine(options =>
{
    // The durable inbox and outbox in PostgreSQL and a transaction around every endpoint that writes, as a real app has them.
    options.Policies.AutoApplyTransactions();
    options.Policies.UseDurableLocalQueues();
    options.Policies.UseDurableInboxOnAllListeners();
    options.Policies.UseDurableOutboxOnAllSendingEndpoints();
    // Production loads the checked-in code (`codegen write` in Development writes it: Internal/Generated).
    options.CodeGeneration.TypeLoadMode = builder.Environment.IsProduction() ? TypeLoadMode.Static : TypeLoadMode.Dynamic;
    if (applySchema) options.Services.AddResourceSetupOnStartup();
    else options.AutoBuildMessageStorageOnStartup = AutoCreate.None;
});

var app = builder.Build();
app.UseBaselineEssentials();
app.MapWolverineEndpoints();
app.MapPost("/api/bench/cases", (SeedRequest request, IDocumentStore store, TimeProvider time, CancellationToken cancellation) =>
    CaseSeeding.SeedAsync(request, store, time, cancellation)).RequireAuthorization(policy => policy.RequireRole("BusinessOffice"));
return await app.RunJasperFxCommands(args);
