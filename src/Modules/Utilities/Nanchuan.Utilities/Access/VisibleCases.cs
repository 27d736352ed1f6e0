using Nanchuan.BuildingBlocks.Platform.Reads;
using System.Linq.Expressions;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Utilities.Access;

/// <summary>Reading connections: one (404 when there is none, 403 when the current actor may not see it) or a page of those it may see.</summary>
internal static class VisibleCases
{
    public static async Task<T> LoadAsync<T>(CaseSnapshots snapshots, Guid id, CaseName name, CancellationToken cancellation) where T : class, IWatchedCase
    {
        var connection = await snapshots.LoadAsync<T>(id, cancellation) ?? throw name.NotFound(id);
        UtilityAccess.EnsureCanSee(CurrentActor.Value, connection);
        return connection;
    }

    /// <summary>
    /// The connections of one type the current actor may see (an enterprise its own, a provider's staff theirs), with the
    /// endpoint's filters applied before paging: newest first by <paramref name="newestFirst"/>, then by id, so pages neither
    /// repeat nor skip one. <paramref name="provider"/> names the stored provider property (the query runs in the database).
    /// </summary>
    public static async Task<IReadOnlyList<T>> PageAsync<T>(
        IQuerySession session, string provider, string newestFirst, int? limit, int? offset, CancellationToken cancellation,
        params Expression<Func<T, bool>>[] filters) where T : class, IWatchedCase
    {
        var take = ListLimit.Resolve(limit, byDefault: ListLimit.Maximum);
        var skip = ListOffset.Resolve(offset);
        var actor = CurrentActor.Value;
        var query = session.Query<T>().AsQueryable();
        if (actor.Role == Roles.Enterprise) query = query.Where(Is<T>(nameof(IWatchedCase.CreditCode), actor.CreditCode?.ToUpperInvariant() ?? ""));
        else if (!UtilityAccess.ReadsEverything(actor)) query = query.Where(Is<T>(provider, actor.Department ?? ""));
        query = filters.Aggregate(query, (filtered, filter) => filtered.Where(filter));
        return await query.OrderByDescending(Property<T, DateTimeOffset>(newestFirst)).ThenByDescending(Property<T, Guid>(nameof(IWatchedCase.Id)))
            .Skip(skip).Take(take).ToListAsync(cancellation);
    }

    // Built on the concrete type, so the store's LINQ sees its own property rather than the interface's.
    private static Expression<Func<T, bool>> Is<T>(string property, string value)
    {
        var c = Expression.Parameter(typeof(T), "c");
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(c, property), Expression.Constant(value)), c);
    }

    private static Expression<Func<T, TValue>> Property<T, TValue>(string property)
    {
        var c = Expression.Parameter(typeof(T), "c");
        return Expression.Lambda<Func<T, TValue>>(Expression.Property(c, property), c);
    }
}
