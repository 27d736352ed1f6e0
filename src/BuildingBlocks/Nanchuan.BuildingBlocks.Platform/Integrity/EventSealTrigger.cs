using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// The database trigger that seals every event in the append's own transaction, whichever code appended it (ADR 0086).
/// It reads the previous event of the stream (the unique index on stream and version), so it runs under the lock the append
/// already holds on the stream's row. An event whose predecessor is unsealed — history from before the chain — stays unsealed
/// until `integrity seal` seals that stream; verification reports it as unsealed, never as intact.
/// Same formula as <see cref="EventSeal.Compute"/>; the name carries the formula's version, so a new formula is a new object.
/// </summary>
internal sealed class EventSealTrigger(string eventSchema) : ISchemaObject
{
    private const string Name = "nanchuan_seal_event_v1";

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(eventSchema, Name, SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($$"""
            create or replace function {{eventSchema}}.{{Name}}() returns trigger language plpgsql volatile as $seal$
            declare
              previous_seal text := '';
              nonce text := gen_random_uuid()::text;
              content text;
            begin
              if NEW.version > 1 then
                select e.headers ->> 'seal' into previous_seal from {{eventSchema}}.mt_events e
                  where e.stream_id = NEW.stream_id and e.version = NEW.version - 1;
                if previous_seal is null then return NEW; end if;
              end if;
              content := concat_ws('|', previous_seal, nonce, NEW.seq_id::text, NEW.id::text, NEW.stream_id::text, NEW.version::text,
                length(NEW.type) || ':' || NEW.type,
                length(coalesce(NEW.mt_dotnet_type, '')) || ':' || coalesce(NEW.mt_dotnet_type, ''),
                ((extract(epoch from NEW.timestamp) * 1000000)::bigint)::text,
                length(NEW.tenant_id) || ':' || NEW.tenant_id,
                length(coalesce(NEW.correlation_id, '')) || ':' || coalesce(NEW.correlation_id, ''),
                length(coalesce(NEW.causation_id, '')) || ':' || coalesce(NEW.causation_id, ''),
                length(coalesce(NEW.data::text, '')) || ':' || coalesce(NEW.data::text, ''),
                length(coalesce(encode(NEW.bdata, 'base64'), '')) || ':' || coalesce(encode(NEW.bdata, 'base64'), ''),
                length(coalesce((NEW.headers - 'seal' - 'sealNonce')::text, '')) || ':' || coalesce((NEW.headers - 'seal' - 'sealNonce')::text, ''));
              NEW.headers := coalesce(NEW.headers, '{}'::jsonb)
                || jsonb_build_object('sealNonce', nonce, 'seal', encode(sha256(convert_to(content, 'UTF8')), 'hex'));
              return NEW;
            end
            $seal$;
            drop trigger if exists {{Name}} on {{eventSchema}}.mt_events;
            create trigger {{Name}} before insert on {{eventSchema}}.mt_events for each row execute function {{eventSchema}}.{{Name}}();
            """);
    }

    public void WriteDropStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($"drop trigger if exists {Name} on {eventSchema}.mt_events;");
        writer.WriteLine($"drop function if exists {eventSchema}.{Name}();");
    }

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) =>
        builder.Append($"select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace " +
                       $"where t.tgname = '{Name}' and c.relname = 'mt_events' and n.nspname = '{eventSchema}';");

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct)
    {
        var exists = await reader.ReadAsync(ct) && Convert.ToInt64(reader.GetValue(0)) > 0;
        return new SchemaObjectDelta(this, exists ? SchemaPatchDifference.None : SchemaPatchDifference.Create);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }
}
