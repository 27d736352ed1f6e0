using System.Security.Claims;
using System.Text.Json;
using Nanchuan.Bench.Baselines;
using Nanchuan.Bench.RawNpgsql;
using Npgsql;
using NpgsqlTypes;

// Baseline (a): an event store in two tables written by hand with Npgsql (bench/README.md). Connections tuned as an expert
// would, and as the platform's are (PlatformHosting): statements used twice prepared automatically, no reset on return.
var builder = WebApplication.CreateBuilder(args).AddBaselineEssentials();
var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString("Bench")
    ?? throw new InvalidOperationException("ConnectionStrings:Bench must be configured."))
{
    MaxAutoPrepare = 256, AutoPrepareMinUsages = 2, NoResetOnClose = true,
}.ConnectionString);
await RawSchema.EnsureAsync(dataSource);

var app = builder.Build();
app.UseBaselineEssentials();

// S1, the physical limit: the stream's version goes up by one and the event is inserted with that version, in one
// statement; no state read, no check, no read model.
app.MapPost("/api/grievances/{id:guid}/contact", async (Guid id, ContactRequest request, ClaimsPrincipal user) =>
{
    if (string.IsNullOrWhiteSpace(request.Notes)) return Results.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = ["notes required"] });
    var data = JsonSerializer.Serialize(new { grievanceId = id, round = 1, request.Method, request.ContactedAt, notes = request.Notes.Trim(), recordedAt = DateTimeOffset.UtcNow });
    await using var command = dataSource.CreateCommand(RawSchema.AppendToStream);
    command.Parameters.Add(new NpgsqlParameter<Guid>("stream", id));
    command.Parameters.Add(new NpgsqlParameter<Guid>("event", Guid.CreateVersion7()));
    command.Parameters.Add(new NpgsqlParameter<string>("type", "enterprise_contacted"));
    command.Parameters.Add(new NpgsqlParameter<string>("data", NpgsqlDbType.Jsonb) { TypedValue = data });
    command.Parameters.Add(new NpgsqlParameter<string>("headers", NpgsqlDbType.Jsonb) { TypedValue = RawSchema.Headers(user) });
    var version = (long)(await command.ExecuteScalarAsync())!;
    return Results.Ok(new { id, version, @event = "EnterpriseContacted" });
}).RequireAuthorization(policy => policy.RequireRole("DepartmentHandler"));

// S1, the same work as the platform: state read and checked, event appended, the one document updated (SameWorkContact).
app.MapPost("/api/grievances/{id:guid}/contact/same-work", (Guid id, ContactRequest request, ClaimsPrincipal user) =>
    SameWorkContact.PostAsync(dataSource, id, request, user)).RequireAuthorization(policy => policy.RequireRole("DepartmentHandler"));

// S2: five new streams and their first events, in one statement.
app.MapPost("/api/grievances/box-batches", async (BoxBatchRequest batch, ClaimsPrincipal user) =>
{
    if (batch.Notes is not { Count: > 0 } notes) return Results.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = ["enter at least one note"] });
    var ids = notes.Select(_ => Guid.CreateVersion7()).ToArray();
    var datas = notes.Select((note, i) => JsonSerializer.Serialize(new { grievanceId = ids[i], channel = "box", batch.BoxLocation, boxCollectionDate = batch.CollectionDate, note.EnterpriseName, note.CreditCode, note.ContactPerson, note.Phone, note.Content, recordedAt = DateTimeOffset.UtcNow })).ToArray();
    await using var command = dataSource.CreateCommand(RawSchema.StartStreams);
    command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids));
    command.Parameters.Add(new NpgsqlParameter<Guid[]>("events", ids.Select(_ => Guid.CreateVersion7()).ToArray()));
    command.Parameters.Add(new NpgsqlParameter<string[]>("datas", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = datas });
    command.Parameters.Add(new NpgsqlParameter<string>("headers", NpgsqlDbType.Jsonb) { TypedValue = RawSchema.Headers(user) });
    await command.ExecuteNonQueryAsync();
    return Results.Ok(new { batch.BoxLocation, batch.CollectionDate, grievanceIds = ids });
}).RequireAuthorization(policy => policy.RequireRole("BusinessOffice"));

// S3: the case's current state, a JSON document read by key with the platform's access rule and ETag (CaseRead).
app.MapGet("/api/grievances/{id:guid}", (Guid id, ClaimsPrincipal user, HttpResponse response) => CaseRead.GetAsync(dataSource, id, user, response))
    .RequireAuthorization(policy => policy.RequireRole(CaseRead.Readers));

// S6: optimistic concurrency by hand: read the version, append only if it is still the one read (else 409).
app.MapPost("/api/bench/streams/{id:guid}/appends", async (Guid id, ClaimsPrincipal user) =>
{
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var read = new NpgsqlCommand("select version from bench_raw.streams where id = $1", connection);
    read.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
    var expected = await read.ExecuteScalarAsync() is long v ? v : 0L;
    await using var append = new NpgsqlCommand(RawSchema.AppendExpecting, connection);
    append.Parameters.Add(new NpgsqlParameter<Guid>("stream", id));
    append.Parameters.Add(new NpgsqlParameter<long>("expected", expected));
    append.Parameters.Add(new NpgsqlParameter<Guid>("event", Guid.CreateVersion7()));
    append.Parameters.Add(new NpgsqlParameter<string>("data", NpgsqlDbType.Jsonb) { TypedValue = "{\"note\":\"s6\"}" });
    append.Parameters.Add(new NpgsqlParameter<string>("headers", NpgsqlDbType.Jsonb) { TypedValue = RawSchema.Headers(user) });
    try
    {
        return await append.ExecuteScalarAsync() is long version ? Results.Ok(new { id, version }) : Results.Conflict();
    }
    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
    {
        return Results.Conflict();
    }
}).RequireAuthorization();

app.Run();

public sealed record ContactRequest(string Method, DateTimeOffset ContactedAt, string? Notes);
public sealed record BoxNote(string? EnterpriseName, string? CreditCode, string? ContactPerson, string? Phone, string? Content);
public sealed record BoxBatchRequest(string BoxLocation, DateOnly CollectionDate, IReadOnlyList<BoxNote>? Notes);
