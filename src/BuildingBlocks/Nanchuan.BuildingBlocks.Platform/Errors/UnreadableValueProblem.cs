using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Platform.Requests;

namespace Nanchuan.BuildingBlocks.Platform.Errors;

/// <summary>
/// Wolverine answers a query value it cannot read (`?limit=abc`) with a 400 naming the parameter in an extension, and a
/// body it cannot read with a 400 "Invalid JSON format" whose detail names .NET types; this gives both the platform's
/// shape: the bilingual title and field errors, as every other 400 has (docs/adr/0029).
/// </summary>
public static class UnreadableValueProblem
{
    /// <summary>The title Wolverine.HTTP gives a request body System.Text.Json refused.</summary>
    private const string WolverineUnreadableBody = "Invalid JSON format";

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status400BadRequest) return;
        if (problem.Title == WolverineUnreadableBody)
        {
            var errors = RequestBodyProblem.Of(context.HttpContext);
            problem.Title = ProblemTitles.Validation;
            problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";
            problem.Detail = "请求体有误 / the request body is invalid: " + string.Join("; ", errors.SelectMany(e => e.Value));
            problem.Extensions.Remove("lineNumber");
            problem.Extensions.Remove("bytePositionInLine");
            problem.Extensions["errors"] = errors;
            return;
        }
        if (!problem.Extensions.TryGetValue("parameter", out var parameter) || parameter?.ToString() is not { Length: > 0 } name) return;
        problem.Title = ProblemTitles.Validation;
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [name] = [$"无法识别“{name}”的取值 / {problem.Detail}"] };
    }
}

/// <summary>A 400 with field errors written by a middleware, in the shape every other 400 has.</summary>
public static class FieldErrorsProblem
{
    public static ValueTask WriteAsync(IProblemDetailsService problems, HttpContext context, IReadOnlyDictionary<string, string[]> errors)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(errors.ToDictionary()) { Status = StatusCodes.Status400BadRequest, Title = ProblemTitles.Validation },
        });
    }
}
