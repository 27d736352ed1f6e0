using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using JasperFx;
using Marten;
using Microsoft.IdentityModel.Tokens;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Database;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Grievances;
using Nanchuan.Grievances.Domain;
using Npgsql;

namespace Nanchuan.Bench;

/// <summary>
/// PostgreSQL (the platform's own embedded helper, or a given server), one database per app, the apps as processes,
/// bearer tokens for the roles the scenarios need, and seeding of cases directly into each app's storage.
/// </summary>
public sealed class Testbed : IAsyncDisposable
{
    public const string SigningKey = "nanchuan-benchmark-signing-key-not-for-production";

    private readonly EmbeddedPostgres? _cluster;
    private readonly string? _clusterFolder;
    private readonly List<AppProcess> _apps = [];

    private Testbed(RepositoryLayout layout, string adminConnectionString, EmbeddedPostgres? cluster, string? clusterFolder)
    {
        Layout = layout;
        AdminConnectionString = adminConnectionString;
        _cluster = cluster;
        _clusterFolder = clusterFolder;
        issuer = new TokenIssuer(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)));
        HandlerToken = issuer.Issue(new Actor("bench-dh", "区经济信息委 办理人", Roles.DepartmentHandler, GrievanceHistories.HandlingUnit, null, Channels.Web, DepartmentId: GrievanceHistories.HandlingUnitId), TimeSpan.FromHours(12));
        BusinessOfficeToken = issuer.Issue(new Actor("bench-bo", "区营商办 交办员", Roles.BusinessOffice, "区营商办", null, Channels.Web), TimeSpan.FromHours(12));
        EnterpriseToken = issuer.Issue(new Actor("bench-ent", "重庆南川示例科技有限公司", Roles.Enterprise, null, GrievanceHistories.Enterprise.ToString(), Channels.Web), TimeSpan.FromHours(12));
    }

    private readonly TokenIssuer issuer;

    /// <summary>Signs tokens as the platform under test expects (S12's people, through DemoData's API client).</summary>
    public TokenIssuer Tokens => issuer;

    /// <summary>A token for any user, signed as the platform under test expects (S10's voters).</summary>
    public string TokenFor(Actor actor) => issuer.Issue(actor, TimeSpan.FromHours(12));

    public RepositoryLayout Layout { get; }
    public string AdminConnectionString { get; }
    public string HandlerToken { get; }
    public string BusinessOfficeToken { get; }
    public string EnterpriseToken { get; }

    public static async Task<Testbed> StartAsync(BenchOptions options, CancellationToken cancellation)
    {
        var layout = RepositoryLayout.Locate(options.PublishedApps);
        if (options.AdminConnectionString is { } given) return new Testbed(layout, given, null, null);
        var folder = Path.Combine(Path.GetTempPath(), $"nanchuan-bench-{Environment.ProcessId}");
        var cluster = await EmbeddedPostgres.StartAsync(Path.Combine(folder, "pgdata"), cancellation: cancellation);
        return new Testbed(layout, cluster.ConnectionStringFor("postgres"), cluster, folder);
    }

    /// <summary>A fresh database for one app; dropped first if an earlier run left it.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection)) await drop.ExecuteNonQueryAsync();
        await using (var create = new NpgsqlCommand($"create database \"{name}\"", connection)) await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaxPoolSize = 64 }.ConnectionString;
    }

    /// <summary>
    /// The platform as deployed: Production environment, pre-generated Wolverine code (docs/adr/0005). With
    /// <paramref name="migrated"/> the database's schema is known to be current (docs/adr/0018) and is not compared at start.
    /// </summary>
    public Task<AppProcess> StartPlatformAsync(string connectionString, CancellationToken cancellation, string? hostDll = null, bool migrated = false)
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Nanchuan"] = connectionString };
        if (migrated) environment["Database__ApplySchemaAtStartup"] = "false";
        return StartAsync(hostDll is null ? LoadScenarios.Platform : LoadScenarios.Before, hostDll ?? Layout.Host, environment, cancellation);
    }

    /// <summary>
    /// A baseline app on its database. With <paramref name="migrated"/> its schema is known to be current and is not compared at
    /// start, as the platform's (only the Marten stack compares it at all).
    /// </summary>
    public Task<AppProcess> StartBaselineAsync(string name, string connectionString, CancellationToken cancellation, bool migrated = false)
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Bench"] = connectionString };
        if (migrated) environment["Database__ApplySchemaAtStartup"] = "false";
        return StartAsync(name, Layout.Baseline(name), environment, cancellation);
    }

    private async Task<AppProcess> StartAsync(string name, string dll, Dictionary<string, string> environment, CancellationToken cancellation)
    {
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["Auth__SigningKey"] = SigningKey;
        environment["Awards__VoterHashKey"] = "nanchuan-benchmark-voter-hash-key";
        environment["Logging__LogLevel__Default"] = "Warning";
        var app = await AppProcess.StartAsync(name, dll, environment, cancellation);
        _apps.Add(app);
        return app;
    }

    public async Task StopAsync(AppProcess app)
    {
        _apps.Remove(app);
        await app.DisposeAsync();
    }

    /// <summary>
    /// A Marten store configured as the platform's, with the Grievances module only. It leaves the schema to the app that owns it
    /// (the Host migrated it at start-up; a build measured with --before may define Marten's functions differently).
    /// </summary>
    public static DocumentStore PlatformStore(string connectionString, bool ownsSchema = false)
    {
        var options = PlatformHosting.StoreOptionsFor(connectionString, [new GrievancesModule()]);
        if (!ownsSchema) options.AutoCreateSchemaObjects = AutoCreate.None;
        return new DocumentStore(options);
    }

    /// <summary>Requests received and assigned to the benchmark's handling unit, written with the platform's inline projections.</summary>
    public static async Task<IReadOnlyList<Guid>> SeedPlatformAsync(IDocumentStore store, int count, CancellationToken cancellation)
    {
        var ids = NewIds(count);
        var now = DateTimeOffset.UtcNow;
        foreach (var batch in ids.Chunk(500))
        {
            await using var session = store.LightweightSession();
            foreach (var id in batch) session.Events.StartStream<Grievance>(id, GrievanceHistories.AwaitingContact(id, now));
            await session.SaveChangesAsync(cancellation);
        }
        return ids;
    }

    /// <summary>
    /// What the raw baseline stores for each case it seeds, taken from one seeded request of the platform: its detail as the
    /// API answers it (the JSON its same-work S1 changes in place and its S3 answers) and the nine duplicated, indexed columns
    /// of its snapshot row (ADR 0200), as text. So the raw document has the platform's size, shape and index entries.
    /// </summary>
    public static async Task<SampleRows> SampleRowsAsync(string platformConnectionString, Guid id, string detailJson, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(platformConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"select array[{string.Join(", ", SnapshotColumns.Select(c => c + "::text"))}] from grievances.mt_doc_grievance where id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        var columns = await command.ExecuteScalarAsync(cancellation) as string?[] ?? throw new InvalidOperationException($"the seeded request {id} has no snapshot");
        return new SampleRows(detailJson, columns);
    }

    /// <summary>The snapshot table's duplicated columns (GrievanceListIndexes, GrievancesModule), in the raw table's order.</summary>
    private static readonly string[] SnapshotColumns =
    [
        "received_at_utc", "credit_code_text", "handling_unit_id", "status", "promised_completion_date", "promise_kept",
        "first_assigned_at_utc", "last_round_activity_at_utc", "running_due_at_utc",
    ];

    /// <summary>
    /// The same cases in a baseline's storage: raw streams with two events and the one document (the detail, its id set
    /// to the case's, with the snapshot's columns), or EF rows.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> SeedBaselineAsync(string baseline, string connectionString, SampleRows sample, int count, CancellationToken cancellation)
    {
        var ids = NewIds(count);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        var sql = baseline == Baselines.Raw
            ? """
              with streams as (
                  insert into bench_raw.streams (id, type, version, timestamp, created)
                  select id, 'grievance', 2, now(), now() from unnest($1) as id returning id),
              events as (
                  insert into bench_raw.events (id, stream_id, version, data, type, timestamp)
                  select gen_random_uuid(), id, v, $2::jsonb, case v when 1 then 'grievance_received' else 'grievance_assigned' end, now()
                  from streams cross join generate_series(1, 2) as v)
              insert into bench_raw.documents (id, data, received_at_utc, credit_code_text, handling_unit_id, status,
                  promised_completion_date, promise_kept, first_assigned_at_utc, last_round_activity_at_utc, running_due_at_utc)
              select id, jsonb_set($2::jsonb, '{id}', to_jsonb(id)), $3[1]::timestamptz, $3[2], $3[3], $3[4], $3[5]::date, $3[6]::boolean,
                     $3[7]::timestamptz, $3[8]::timestamptz, $3[9]::timestamptz
              from streams
              """
            : """
              insert into bench_ef.grievances ("Id", "Status", "EnterpriseName", "CreditCode", "ContactPerson", "Phone", "Content", "Detail", "Version")
                select id, 'assigned', '重庆南川示例科技有限公司', '91500119MA5U8XRB98', '王经理', '13812345678', '厂区门前道路破损', $2::jsonb, 1
                from unnest($1) as id;
              """;
        // In statements of 10,000 cases: a long run's pool (a fast baseline's rate times its seconds) in one statement can
        // outlast the command timeout on a loaded machine.
        foreach (var chunk in ids.Chunk(10_000))
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = chunk });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sample.Detail });
            if (baseline == Baselines.Raw) command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = sample.Columns });
            await command.ExecuteNonQueryAsync(cancellation);
        }
        return ids;
    }

    /// <summary>
    /// Requests waiting for the benchmark handler's contact in the Marten stack, seeded by the app's own endpoint: the driver
    /// does not know its types. The same two events as the platform's seeded requests.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> SeedMartenStackAsync(AppProcess app, int count, CancellationToken cancellation)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BusinessOfficeToken);
        using var response = await http.PostAsJsonAsync("/api/bench/cases",
            new { count, handlingUnitId = GrievanceHistories.HandlingUnitId, handlingUnitName = GrievanceHistories.HandlingUnit }, cancellation);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Guid[]>(cancellation) ?? throw new InvalidOperationException($"{app.Name} seeded no cases");
    }

    private static Guid[] NewIds(int count) => Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.ToList()) await app.DisposeAsync();
        if (_cluster is not null) await _cluster.StopAsync();
        if (_clusterFolder is not null)
        {
            try { Directory.Delete(_clusterFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>One request of the platform as the raw baseline stores it: its detail JSON and its snapshot's columns as text (<see cref="Testbed.SampleRowsAsync"/>).</summary>
public sealed record SampleRows(string Detail, string?[] Columns);

public static class Baselines
{
    public const string Raw = "RawNpgsql";
    public const string Ef = "EfCore";
    public const string Minimal = "MinimalApi";
    /// <summary>Marten, Wolverine and Wolverine.HTTP on their own doing S1's and S4's work (ADR 0250): reported, not a goal.</summary>
    public const string MartenStack = "MartenStack";
}

/// <summary>
/// Where the apps are: published by `bench/run.sh` (<see cref="Published"/>, one folder per app), or else the build output
/// next to the driver's own configuration (Debug under tests).
/// </summary>
public sealed record RepositoryLayout(string Root, string Configuration, string? Published = null)
{
    public string Host => App(Path.Combine("src", "Host"), "Nanchuan.Host");

    public string Baseline(string name) => App(Path.Combine("bench", "baselines", name), $"Nanchuan.Bench.{name}");

    /// <summary>What the table's header says the apps ran from.</summary>
    public string Describe() => Published is null ? $"{Root} ({Configuration} build)" : $"{Published} (Release, ReadyToRun publish)";

    private string App(string project, string assembly) => Published is null
        ? Path.Combine(Root, project, "bin", Configuration, "net10.0", $"{assembly}.dll")
        : Path.Combine(Published, assembly, $"{assembly}.dll");

    public static RepositoryLayout Locate(string? published = null)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = directory.Parent?.Name ?? "Release";
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nanchuan.Monolith.sln"))) directory = directory.Parent;
        return new RepositoryLayout(directory?.FullName ?? throw new InvalidOperationException("run the bench from inside the repository"), configuration, published);
    }
}
