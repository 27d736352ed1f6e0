using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Nanchuan.BuildingBlocks.Platform.Errors;

/// <summary>
/// Wolverine answers a query value it cannot read (`?limit=abc`) with a 400 naming the parameter in an extension;
/// this gives it the platform's shape: the bilingual title and a field error under that name, as every other 400 has.
/// </summary>
public static class UnreadableValueProblem
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status400BadRequest) return;
        if (!problem.Extensions.TryGetValue("parameter", out var parameter) || parameter?.ToString() is not { Length: > 0 } name) return;
        problem.Title = ProblemTitles.Validation;
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [name] = [$"无法识别“{name}”的取值 / {problem.Detail}"] };
    }
}
