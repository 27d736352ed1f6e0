using Microsoft.EntityFrameworkCore;
using Nanchuan.Bench.Baselines;
using Nanchuan.Bench.EfCore;

// Baseline (b): the same commands and reads as a CRUD app would do them, with EF Core and a state row per case.
var builder = WebApplication.CreateBuilder(args).AddBaselineEssentials();
builder.Services.AddDbContextPool<CasesContext>(options => options.UseNpgsql(builder.Configuration.GetConnectionString("Bench")
    ?? throw new InvalidOperationException("ConnectionStrings:Bench must be configured.")));

var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<CasesContext>().Database.EnsureCreatedAsync();
app.UseBaselineEssentials();

// S1: load the row, check the state, change it; the version column makes a concurrent change a 409.
app.MapPost("/api/grievances/{id:guid}/contact", async (Guid id, ContactRequest request, CasesContext db) =>
{
    if (string.IsNullOrWhiteSpace(request.Notes)) return Results.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = ["notes required"] });
    var state = await db.Grievances.FindAsync(id);
    if (state is null) return Results.NotFound();
    if (state.Status != GrievanceState.Assigned) return Results.Conflict();
    state.Status = GrievanceState.Contacted;
    state.ContactMethod = request.Method;
    state.ContactedAt = request.ContactedAt.ToUniversalTime();
    state.Notes = request.Notes.Trim();
    state.Version++;
    try
    {
        await db.SaveChangesAsync();
    }
    catch (DbUpdateConcurrencyException)
    {
        return Results.Conflict();
    }
    return Results.Ok(new { id, version = state.Version, @event = "EnterpriseContacted" });
}).RequireAuthorization(policy => policy.RequireRole("DepartmentHandler"));

// S2: five new rows in one SaveChanges.
app.MapPost("/api/grievances/box-batches", async (BoxBatchRequest batch, CasesContext db) =>
{
    if (batch.Notes is not { Count: > 0 } notes) return Results.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = ["enter at least one note"] });
    var rows = notes.Select(note => new GrievanceState
    {
        Id = Guid.CreateVersion7(), Status = "received", EnterpriseName = note.EnterpriseName, CreditCode = note.CreditCode,
        ContactPerson = note.ContactPerson, Phone = note.Phone, Content = note.Content, Detail = "{}", Version = 1,
    }).ToList();
    db.Grievances.AddRange(rows);
    await db.SaveChangesAsync();
    return Results.Ok(new { batch.BoxLocation, batch.CollectionDate, grievanceIds = rows.Select(r => r.Id) });
}).RequireAuthorization(policy => policy.RequireRole("BusinessOffice"));

// S3: the case's detail, read without tracking.
app.MapGet("/api/grievances/{id:guid}", async (Guid id, CasesContext db) =>
    await db.Grievances.AsNoTracking().Where(g => g.Id == id).Select(g => g.Detail).FirstOrDefaultAsync() is { } json
        ? Results.Text(json, "application/json")
        : Results.NotFound()).RequireAuthorization();

app.Run();

public sealed record ContactRequest(string Method, DateTimeOffset ContactedAt, string? Notes);
public sealed record BoxNote(string? EnterpriseName, string? CreditCode, string? ContactPerson, string? Phone, string? Content);
public sealed record BoxBatchRequest(string BoxLocation, DateOnly CollectionDate, IReadOnlyList<BoxNote>? Notes);
