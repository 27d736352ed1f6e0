using System.Data.Common;
using Npgsql;
using Weasel.Core;
using Wolverine.Persistence.Durability;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Nanchuan.Oversight.Receiving;

/// <summary>
/// Marks a filed message's inbox row handled inside the filing's own transaction (ADR 0230), with the two statements Wolverine's
/// Marten middleware queues into a handler's session: the mark, then the check that no other execution marked the row first
/// (Wolverine GH-5423: a node ejected as stale that resumed after its envelopes were recovered elsewhere). The filing writes
/// several messages in one session of its own, so it queues them for each message; after the commit the envelope counts as
/// handled and Wolverine writes nothing more for it.
/// </summary>
internal sealed class InboxMarks(IWolverineRuntime runtime)
{
    /// <summary>Queues the marking of <paramref name="envelope"/>'s inbox row; false for a message no inbox holds (invoked in-process).</summary>
    public bool Enlist(IDocumentSession session, Envelope envelope)
    {
        if (envelope.Destination is null || !envelope.WasPersistedInInbox) return false;
        var inbox = runtime.Storage as MessageDatabase<NpgsqlConnection>
            ?? throw new InvalidOperationException("Oversight files its messages in the PostgreSQL database that holds Wolverine's inbox.");
        // Wolverine's own clock, not the platform's: the inbox's cleanup compares keep_until with the database's time.
        var keepUntil = TimeProvider.System.GetUtcNow().Add(runtime.Options.Durability.KeepAfterMessageHandling);
        foreach (var statement in inbox.BuildMarkIncomingAsHandled(envelope, keepUntil, "?", "?", "?").Statements)
            session.QueueSqlCommand(statement.Sql, statement.Arguments);
        session.QueueOperation(new NotHandledElsewhere(
            inbox.BuildHandledElsewhereCheck(envelope, MarkAsHandledCommand.KeepUntilForMark(keepUntil), "?", "?", "?"), envelope));
        return true;
    }

    /// <summary>Fails the transaction when another execution has marked the row handled: the message was filed there.</summary>
    private sealed class NotHandledElsewhere(MarkAsHandledStatement check, Envelope envelope) : Weasel.Storage.IStorageOperation
    {
        public Type DocumentType => typeof(Envelope);

        public OperationRole Role() => OperationRole.Other;

        public void ConfigureCommand(ICommandBuilder builder, Weasel.Storage.IStorageSession session)
        {
            var parts = check.Sql.Split('?');
            for (var i = 0; i < parts.Length; i++)
            {
                builder.Append(parts[i]);
                if (i < check.Arguments.Length) builder.AppendParameter(check.Arguments[i]);
            }
        }

        public async Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token)
        {
            if (await reader.ReadAsync(token) && Convert.ToInt64(reader.GetValue(0)) > 0)
                exceptions.Add(new DuplicateIncomingEnvelopeException(envelope));
        }
    }
}
