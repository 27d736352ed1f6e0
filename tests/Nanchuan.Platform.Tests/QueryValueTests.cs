using Alba;
using Microsoft.AspNetCore.Http;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>A query value that cannot be read is a 400 naming the parameter, on every endpoint, not a silent default.</summary>
[Collection(PlatformCollection.Name)]
public sealed class QueryValueTests(PlatformHost platform)
{
    [Theory]
    [InlineData("/api/grievances?limit=abc", "limit")]
    [InlineData("/api/grievances?status=lost", "status")]
    [InlineData("/api/utilities/power-connections?overdueOnly=maybe", "overdueOnly")]
    [InlineData("/api/calendar/deadlines?from=2024-06-07T16:00:00%2B08:00&workingDays=two", "workingDays")]
    public async Task An_unreadable_query_value_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = await result.ReadAsJsonAsync<HttpValidationProblemDetails>();
        problem.Title.ShouldBe("输入有误 / Invalid input");
        problem.Errors.Keys.ShouldBe([parameter]);
        problem.Errors[parameter].ShouldHaveSingleItem().ShouldStartWith($"无法识别“{parameter}”的取值 / ");
    }
}
