namespace Nanchuan.Licensing.ServiceZones;

/// <summary>
/// Opens a zone's queue of the day in its own short transaction before the ticket's transaction locks it: the very first tickets of
/// a day, taken at the same moment, then queue on the lock instead of racing to create the stream.
/// </summary>
internal static class ZoneQueueOpening
{
    public static async Task EnsureOpenAsync(IDocumentStore store, ZoneQueueOpened opened, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(opened.QueueId, cancellation) is not null) return;
        session.Events.StartStream<ZoneQueue>(opened.QueueId, opened);
        try { await session.SaveChangesAsync(cancellation); }
        catch (Exception e) when (e is Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException) { }
    }
}
