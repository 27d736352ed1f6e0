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

    /// <summary>U+0000 in a query value reached PostgreSQL (22021, a 500; and the connection it broke answered the next query wrongly).</summary>
    [Theory]
    [InlineData("/api/utilities/reports/connections?month=%00", "month")]
    [InlineData("/api/grievances/reports/monthly_report.csv?department=a%00b", "department")]
    public async Task A_null_character_in_a_query_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(platform, TestActors.BusinessOffice);
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadAsJsonAsync<HttpValidationProblemDetails>()).Errors[parameter].ShouldHaveSingleItem().ShouldContain("U+0000");
    }

    /// <summary>An amount of 2⁶³ yuan overflowed the report table's numeric(14,2) at commit (PostgreSQL 22003, a 500).</summary>
    [Fact]
    public async Task An_amount_of_a_trillion_or_more_is_a_400_naming_the_field()
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Text("""{"creditCode":"91500119MA5U8XRB98","enterpriseName":"重庆南川示例科技有限公司","amount":9223372036854775808,"purpose":"流动资金","product":"信用贷","banks":null}""")
                .ToUrl("/api/licensing/financial-street/requests");
            s.WithRequestHeader("Content-Type", "application/json");
            s.As(platform, TestActors.Enterprise);
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadAsJsonAsync<HttpValidationProblemDetails>()).Errors["amount"]
            .ShouldBe(["“amount”的数值应小于1万亿（10¹²） / 'amount' must be less than one trillion (10¹²) in size."]);
    }
}
