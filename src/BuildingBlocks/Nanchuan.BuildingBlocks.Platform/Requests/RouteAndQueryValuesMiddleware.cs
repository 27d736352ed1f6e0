using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Nanchuan.BuildingBlocks.Platform.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// Checks route and query values before the endpoint runs, as <see cref="RequestLimits"/> checks bodies: none holds U+0000
/// (PostgreSQL refuses it in text, a 500), and a date-typed one lies within <see cref="RequestDates"/>; a value that does not
/// parse is left to Wolverine's 400. A request that passes allocates nothing here (bench S4, ADR 0161).
/// </summary>
public sealed class RouteAndQueryValuesMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        Dictionary<string, string[]>? errors = null;
        // Without a query string the query collection is not even built (ADR 0206).
        if (context.Request.QueryString.HasValue)
            foreach (var (name, values) in context.Request.Query)
                if (HoldsNullCharacter(values)) (errors ??= new Dictionary<string, string[]>())[name] = NullCharacter(name);
        foreach (var (name, value) in context.Request.RouteValues)
            if (value is string text && text.Contains('\0')) (errors ??= new Dictionary<string, string[]>())[name] = NullCharacter(name);
        if (context.GetEndpoint()?.Metadata.GetMetadata<DateParameters>() is { } dates)
            foreach (var name in dates.Names)
                if (!DatesAllowed(context.Request, name)) (errors ??= new Dictionary<string, string[]>()).TryAdd(name, RequestDates.Error(name));
        if (errors is null) await next(context);
        else await FieldErrorsProblem.WriteAsync(problems, context, errors);
    }

    private static bool HoldsNullCharacter(StringValues values)
    {
        foreach (var value in values)
            if (value?.Contains('\0') == true) return true;
        return false;
    }

    private static bool DatesAllowed(HttpRequest request, string name)
    {
        if (request.RouteValues.TryGetValue(name, out var route)) return Allowed(route?.ToString());
        foreach (var value in request.Query[name])
            if (!Allowed(value)) return false;
        return true;
    }

    private static string[] NullCharacter(string name) => [$"“{name}”含有不允许的字符 U+0000 / '{name}' contains the character U+0000, which is not allowed."];

    private static bool Allowed(string? value) =>
        DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var day) ? RequestDates.Allows(day)
        : !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out var time) || RequestDates.Allows(time);
}
