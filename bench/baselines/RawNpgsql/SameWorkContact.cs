using System.Security.Claims;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Nanchuan.Bench.RawNpgsql;

/// <summary>
/// S1 doing the platform's work by hand (bench/README.md, ADR 0220): read the request's state, check it, then append the
/// event and keep the request's one document current — its JSON and its indexed status column, as the platform's
/// snapshot since ADR 0200 — in one batch, i.e. one round trip and one implicit transaction. Two round trips in all, as
/// the platform's step (tests/Nanchuan.Grievances.Tests/Api/RoundTripTests.cs): the checks are application code, so the
/// state comes to the app first. The document is changed in place with <c>jsonb_set</c>, so it is not read whole; the
/// event's version is the one read plus one, and the unique (stream, version) pair turns a concurrent append into a 409
/// that rolls the whole batch back.
/// </summary>
public static class SameWorkContact
{
    /// <summary>The status column's value of an assigned request, as the platform's snapshot column holds it (the enum's name).</summary>
    private const string Assigned = "Assigned";

    /// <summary>The version, state, handling unit and current round of one request, in one statement.</summary>
    public const string ReadState = """
        select s.version, d.status, d.handling_unit_id, (d.data->'rounds'->-1->>'round')::int,
               (d.data->'rounds'->-1->>'assignedAt')::timestamptz
        from bench_raw.streams s join bench_raw.documents d on d.id = s.id
        where s.id = $1
        """;

    private const string AppendEvent = """
        insert into bench_raw.events (id, stream_id, version, data, type, timestamp, headers)
        values ($1, $2, $3, $4, 'enterprise_contacted', now(), $5)
        """;

    private const string AdvanceStream = "update bench_raw.streams set version = $2, timestamp = now() where id = $1 and version = $2 - 1";

    /// <summary>A contact changes one indexed column, the status (no other: ADR 0200), and four values of the JSON.</summary>
    private const string UpdateDocument = """
        update bench_raw.documents set status = 'Contacted', data = jsonb_set(jsonb_set(jsonb_set(jsonb_set(data,
            '{status}', '"contacted"'), '{statusLabel}', to_jsonb($3::text)), '{version}', to_jsonb($2)),
            '{rounds,-1,enterpriseContactedAt}', to_jsonb($4))
        where id = $1
        """;

    private static readonly string[] Methods = ["phone", "visit", "meeting", "online"];

    public static async Task<IResult> PostAsync(NpgsqlDataSource dataSource, Guid id, ContactRequest request, ClaimsPrincipal user)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        long version;
        int round;
        DateTimeOffset assignedAt;
        await using (var read = new NpgsqlCommand(ReadState, connection))
        {
            read.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
            await using var row = await read.ExecuteReaderAsync();
            if (!await row.ReadAsync()) return Results.NotFound();
            if (row.GetString(1) != Assigned) return Results.Conflict();
            if (row.GetString(2) != user.FindFirst("department_id")?.Value) return Results.Forbid();
            (version, round, assignedAt) = (row.GetInt64(0), row.GetInt32(3), row.GetFieldValue<DateTimeOffset>(4));
        }

        var now = DateTimeOffset.UtcNow;
        var errors = new Dictionary<string, string[]>();
        if (!Methods.Contains(request.Method)) errors["method"] = ["联系方式无效 / unknown contact method."];
        if (request.ContactedAt > now || request.ContactedAt < assignedAt) errors["contactedAt"] = ["联系时间应在交办之后、当前之前 / the contact time lies between the assignment and now."];
        if (string.IsNullOrWhiteSpace(request.Notes)) errors["notes"] = ["请填写联系情况 / enter what was clarified with the enterprise."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        var next = version + 1;
        var data = JsonSerializer.Serialize(new { grievanceId = id, round, request.Method, request.ContactedAt, notes = request.Notes!.Trim(), recordedAt = now });
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command(AppendEvent, new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() }, new NpgsqlParameter<Guid> { TypedValue = id },
                    new NpgsqlParameter<long> { TypedValue = next }, Jsonb(data), Jsonb(RawSchema.Headers(user))),
                Command(AdvanceStream, new NpgsqlParameter<Guid> { TypedValue = id }, new NpgsqlParameter<long> { TypedValue = next }),
                Command(UpdateDocument, new NpgsqlParameter<Guid> { TypedValue = id }, new NpgsqlParameter<long> { TypedValue = next },
                    new NpgsqlParameter<string> { TypedValue = "已联系" }, new NpgsqlParameter<DateTimeOffset> { TypedValue = request.ContactedAt.ToUniversalTime() }),
            },
        };
        try
        {
            await batch.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Results.Conflict();
        }
        return Results.Ok(new { id, version = next, @event = "EnterpriseContacted" });
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Jsonb(string json) => new() { NpgsqlDbType = NpgsqlDbType.Jsonb, TypedValue = json };
}
