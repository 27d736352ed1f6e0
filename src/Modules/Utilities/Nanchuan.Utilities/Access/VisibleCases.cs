using Marten;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Utilities.Domain.Deadlines;

namespace Nanchuan.Utilities.Access;

/// <summary>Reading a connection: 404 when there is none, 403 when the current actor may not see it.</summary>
public static class VisibleCases
{
    public static async Task<T> LoadAsync<T>(IQuerySession session, Guid id, CaseName name, CancellationToken cancellation) where T : class, IWatchedCase
    {
        var connection = await session.LoadAsync<T>(id, cancellation) ?? throw name.NotFound(id);
        UtilityAccess.EnsureCanSee(CurrentActor.Value, connection);
        return connection;
    }
}
