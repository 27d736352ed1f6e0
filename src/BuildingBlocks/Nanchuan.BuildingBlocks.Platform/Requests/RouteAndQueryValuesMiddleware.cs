using System.Globalization;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Platform.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// Checks route and query values before the endpoint runs, as <see cref="RequestLimits"/> checks bodies: none holds U+0000
/// (PostgreSQL refuses it in text, a 500), and a date-typed one lies within <see cref="RequestDates"/>; a value that does not
/// parse is left to Wolverine's 400.
/// </summary>
public sealed class RouteAndQueryValuesMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in context.Request.Query)
            if (values.Any(v => v?.Contains('\0') == true)) errors[name] = NullCharacter(name);
        foreach (var (name, value) in context.Request.RouteValues)
            if (value is string text && text.Contains('\0')) errors[name] = NullCharacter(name);
        foreach (var name in context.GetEndpoint()?.Metadata.GetMetadata<DateParameters>()?.Names ?? [])
        {
            var given = context.Request.RouteValues.TryGetValue(name, out var route) ? [route?.ToString()] : context.Request.Query[name].ToArray();
            if (given.Any(value => Parsed(value) is { } date && !RequestDates.Allows(date))) errors.TryAdd(name, RequestDates.Error(name));
        }
        if (errors.Count == 0) await next(context);
        else await FieldErrorsProblem.WriteAsync(problems, context, errors);
    }

    private static string[] NullCharacter(string name) => [$"“{name}”含有不允许的字符 U+0000 / '{name}' contains the character U+0000, which is not allowed."];

    private static object? Parsed(string? value) =>
        DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var day) ? day
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out var time) ? time
        : null;
}
