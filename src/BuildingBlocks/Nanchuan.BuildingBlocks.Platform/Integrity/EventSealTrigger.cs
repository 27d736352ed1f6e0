using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// The database trigger that seals every event in the append's own transaction, whichever code appended it (ADR 0086).
/// It reads the previous event of the stream (the unique index on stream and version), so it runs under the lock the append
/// already holds on the stream's row. An event whose predecessor is unsealed — history from before the chain — stays unsealed
/// until `integrity seal` seals that stream; verification reports it as unsealed, never as intact.
/// Same formula as <see cref="EventSeal.Compute"/>. The name carries the object's version: version 2 (ADR 0233) computes the
/// same seal as version 1 with each text rendered once, and replaces version 1 where it finds it.
/// </summary>
internal sealed class EventSealTrigger(string eventSchema) : ISchemaObject
{
    private const string Name = "nanchuan_seal_event_v2";
    private const string PreviousName = "nanchuan_seal_event_v1";

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(eventSchema, Name, SchemaUtils.IdentifierUsage.General);

    // Each text is rendered once (jsonb to text is most of the work), and an event's headers are copied without the two seal
    // headers only when they hold one (an event inserted with another's headers, or during the upgrade, when version 1 has
    // already sealed the row: triggers fire in name order, so version 2 then replaces version 1's seal with the same formula's).
    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($$"""
            create or replace function {{eventSchema}}.{{Name}}() returns trigger language plpgsql volatile as $seal$
            declare
              previous_seal text := '';
              nonce text;
              data_text text;
              binary_text text;
              other_headers text;
            begin
              if NEW.version > 1 then
                select e.headers ->> 'seal' into previous_seal from {{eventSchema}}.mt_events e
                  where e.stream_id = NEW.stream_id and e.version = NEW.version - 1;
                if previous_seal is null then return NEW; end if;
              end if;
              nonce := gen_random_uuid()::text;
              data_text := coalesce(NEW.data::text, '');
              binary_text := coalesce(encode(NEW.bdata, 'base64'), '');
              other_headers := case when NEW.headers ?| array['seal', 'sealNonce'] then (NEW.headers - 'seal' - 'sealNonce')::text
                                    else coalesce(NEW.headers::text, '') end;
              NEW.headers := coalesce(NEW.headers, '{}'::jsonb) || jsonb_build_object('sealNonce', nonce, 'seal', encode(sha256(convert_to(
                concat_ws('|', previous_seal, nonce, NEW.seq_id, NEW.id, NEW.stream_id, NEW.version,
                  length(NEW.type) || ':' || NEW.type,
                  length(coalesce(NEW.mt_dotnet_type, '')) || ':' || coalesce(NEW.mt_dotnet_type, ''),
                  (extract(epoch from NEW.timestamp) * 1000000)::bigint,
                  length(NEW.tenant_id) || ':' || NEW.tenant_id,
                  length(coalesce(NEW.correlation_id, '')) || ':' || coalesce(NEW.correlation_id, ''),
                  length(coalesce(NEW.causation_id, '')) || ':' || coalesce(NEW.causation_id, ''),
                  length(data_text) || ':' || data_text,
                  length(binary_text) || ':' || binary_text,
                  length(other_headers) || ':' || other_headers), 'UTF8')), 'hex'));
              return NEW;
            end
            $seal$;
            create or replace trigger {{Name}} before insert on {{eventSchema}}.mt_events for each row execute function {{eventSchema}}.{{Name}}();
            drop trigger if exists {{PreviousName}} on {{eventSchema}}.mt_events;
            drop function if exists {{eventSchema}}.{{PreviousName}}();
            """);
    }

    public void WriteDropStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($"drop trigger if exists {Name} on {eventSchema}.mt_events;");
        writer.WriteLine($"drop function if exists {eventSchema}.{Name}();");
    }

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) =>
        builder.Append($"select count(*) filter (where t.tgname = '{Name}'), count(*) filter (where t.tgname = '{PreviousName}') " +
                       $"from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace " +
                       $"where c.relname = 'mt_events' and n.nspname = '{eventSchema}';");

    // Created (never dropped and recreated) whenever it is missing or version 1 is still there: the create statement installs
    // this version before it removes the old one, so no append in between goes unsealed.
    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct)
    {
        var current = await reader.ReadAsync(ct) && Convert.ToInt64(reader.GetValue(0)) > 0 && Convert.ToInt64(reader.GetValue(1)) == 0;
        return new SchemaObjectDelta(this, current ? SchemaPatchDifference.None : SchemaPatchDifference.Create);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }
}
