using Alba;
using Microsoft.AspNetCore.Http;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>The 5xx the API fuzz test (ADR 0093) found, each pinned by the request that found it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FuzzFindingTests(PlatformHost platform)
{
    /// <summary>Marten refuses the empty id as a stream id with an ArgumentOutOfRangeException (was a 500 on every write loading a case).</summary>
    [Fact]
    public async Task A_write_to_the_empty_case_id_is_a_404_problem()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Url("/api/licensing/applications/00000000-0000-0000-0000-000000000000/special-procedure/end");
            s.As(platform, TestActors.MarketRegulator);
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await result.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>()).Title.ShouldBe("未找到 / Not found");
    }

    /// <summary>The intake summary added a day to 9999-12-31 (was a 500: DateOnly.AddDays out of range).</summary>
    [Theory]
    [InlineData("/api/grievances/intake-summary?date=9999-12-31", "date")]
    [InlineData("/api/grievances/intake-summary?date=0001-01-01", "date")]
    public async Task A_date_outside_the_platforms_dates_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = await result.ReadAsJsonAsync<HttpValidationProblemDetails>();
        problem.Errors[parameter].ShouldBe([$"“{parameter}”应在1900-01-01至2199-12-31之间 / '{parameter}' lies between 1900-01-01 and 2199-12-31."]);
    }
}
