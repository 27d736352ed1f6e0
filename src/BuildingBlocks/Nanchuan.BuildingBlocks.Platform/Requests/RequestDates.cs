using Microsoft.AspNetCore.Builder;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The dates a request may carry, in its body, route or query (docs/adr/0093): 1900-01-01 to 2199-12-31. Outside them no case of
/// the platform can lie, and .NET's own limits (0001-01-01, 9999-12-31) made a day's arithmetic or a time-zone shift overflow
/// into a 500; a date outside is a 400 naming the field.
/// </summary>
public static class RequestDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>False for a date or time outside the platform's dates; true for any other value.</summary>
    public static bool Allows(object value) => value switch
    {
        DateOnly day => Allows(day),
        DateTimeOffset time => Allows(time),
        DateTime time => Allows(DateOnly.FromDateTime(time)),
        _ => true,
    };

    public static bool Allows(DateOnly day) => day >= Earliest && day <= Latest;

    public static bool Allows(DateTimeOffset time) => Allows(DateOnly.FromDateTime(time.UtcDateTime));

    public static string[] Error(string field) =>
        [$"“{field}”应在{Earliest:yyyy-MM-dd}至{Latest:yyyy-MM-dd}之间 / '{field}' lies between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}."];

    internal static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime));
}

/// <summary>The date-typed route and query parameters of an endpoint, checked by <see cref="RouteAndQueryValuesMiddleware"/>.</summary>
public sealed record DateParameters(IReadOnlyList<string> Names)
{
    internal static void Mark(HttpChain chain)
    {
        var names = chain.Method.Method.GetParameters().Where(p => p.Name is not null && RequestDates.IsDate(p.ParameterType)).Select(p => p.Name!).ToList();
        if (names.Count > 0) chain.Metadata.WithMetadata(new DateParameters(names));
    }
}
