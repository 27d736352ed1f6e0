using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

internal static class TestExtensions
{
    /// <summary>The one message of the type the action published, whether or not another module subscribes to it yet.</summary>
    public static T Published<T>(this ITrackedSession session) =>
        session.AllRecordsInOrder().Select(record => record.Envelope?.Message).OfType<T>().Distinct().ToList().ShouldHaveSingleItem();

    public static T ShouldHaveSingleItem<T>(this IEnumerable<T> items, Func<T, bool> predicate) => items.Where(predicate).ToList().ShouldHaveSingleItem();
}
