using System.Threading.Channels;

namespace Nanchuan.BuildingBlocks.Platform.Database;

/// <summary>
/// The loop a relay tells the other nodes with (ADR 0240; the case changes of ADR 0221, the console's live updates of ADR 0223):
/// it waits until something is pending, lets the relay take what the next notice tells from the pending items, sends that notice
/// through the node's <see cref="NoticeSender"/>, and waits the interval before the next one, so what is pending meanwhile goes
/// in one notice. A failed notice is handed to the relay (which logs why it is harmless) and the loop goes on; it ends when
/// the pending items end or the node stops.
/// </summary>
public static class NoticeLoop
{
    /// <param name="sender">The node's one notice connection.</param>
    /// <param name="channel">The PostgreSQL notification channel the other nodes listen on.</param>
    /// <param name="pending">What is still to be told; the loop ends when it is completed and empty.</param>
    /// <param name="nextPayload">Reads from the pending items (at least one is there) what the next notice tells, and returns its payload.</param>
    /// <param name="interval">The least time between two notices (zero: the next one as soon as something is pending).</param>
    /// <param name="failed">A notice that could not be sent, with what went wrong.</param>
    /// <param name="stopping">The node stops: the loop ends without an error.</param>
    public static async Task TellOtherNodesAsync<T>(this NoticeSender sender, string channel, ChannelReader<T> pending,
        Func<ChannelReader<T>, string> nextPayload, TimeSpan interval, Action<Exception> failed, CancellationToken stopping)
    {
        try
        {
            while (await pending.WaitToReadAsync(stopping))
            {
                try
                {
                    await sender.SendAsync(channel, nextPayload(pending), stopping);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed(e);
                }
                await Task.Delay(interval, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
