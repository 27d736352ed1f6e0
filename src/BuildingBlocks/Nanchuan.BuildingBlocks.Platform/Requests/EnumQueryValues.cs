using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Platform.Errors;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The enum-typed query parameters of an endpoint. Wolverine reads them with <c>Enum.TryParse</c>, which also takes a
/// number (`?status=-1` became an undefined status); <see cref="EnumQueryValuesMiddleware"/> refuses a number first.
/// </summary>
public sealed record EnumQueryParameters(IReadOnlyDictionary<string, Type> Parameters)
{
    internal static void Mark(HttpChain chain)
    {
        var parameters = chain.Method.Method.GetParameters()
            .Where(p => p.Name is not null && (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).IsEnum)
            .Where(p => !chain.RoutePattern!.Parameters.Any(r => r.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(p => p.Name!, p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType, StringComparer.OrdinalIgnoreCase);
        if (parameters.Count > 0) chain.Metadata.WithMetadata(new EnumQueryParameters(parameters));
    }
}

public sealed class EnumQueryValuesMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<EnumQueryParameters>() is not { } enums)
        {
            await next(context);
            return;
        }
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in context.Request.Query)
        {
            if (!enums.Parameters.TryGetValue(name, out var type)) continue;
            foreach (var value in values)
                if (value is not null && int.TryParse(value, out _))
                {
                    var names = string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName));
                    errors[name] = [$"“{name}”应为以下之一：{names}（不接受数字“{value}”） / '{name}' must be one of: {names}, not the number '{value}'."];
                }
        }
        if (errors.Count == 0)
        {
            await next(context);
            return;
        }
        await FieldErrorsProblem.WriteAsync(problems, context, errors);
    }
}
