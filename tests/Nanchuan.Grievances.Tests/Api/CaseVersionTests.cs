using Alba;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// The platform's optimistic concurrency on every write (ADR 0027), shown on the reference module: each write answers the
/// case's new version as ETag; a write sent with If-Match of an older version is a 409 that writes nothing.
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed class CaseVersionTests(GrievancesHost platform)
{
    private Task<IScenarioResult> AssignWith(Guid id, string? ifMatch, int status) => platform.Host.Scenario(s =>
    {
        s.Post.Json(new AssignRequest(ProblemType.Simple, null, "qu-shichangjianguanju")).ToUrl($"{GrievanceApi.Route}/{id}/assignment");
        s.As(platform, TestActors.BusinessOffice);
        if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
        s.StatusCodeShouldBe(status);
    });

    private async Task<long> StoredVersion(Guid id) =>
        (await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{id}").Read<StreamHistory>()).Version;

    private static string? ETag(IScenarioResult result) => result.Context.Response.Headers.ETag.FirstOrDefault();

    [Fact]
    public async Task Every_write_answers_the_new_version_and_a_matching_If_Match_is_accepted()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var created = await platform.Post(TestActors.Enterprise, GrievanceApi.Route, GrievanceApi.PlatformRequest(), 201);
        var id = (await created.ReadAsJsonAsync<Intake.GrievanceReceivedResponse>()).Id;
        var version = await StoredVersion(id);
        ETag(created).ShouldBe($"\"{version}\"");

        var assigned = await AssignWith(id, $"\"{version}\"", 200);

        ETag(assigned).ShouldBe($"\"{version + 1}\"");
        (await StoredVersion(id)).ShouldBe(version + 1);
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_409_naming_both_versions_and_writes_nothing()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 10, 10, 0));
        var id = (await platform.Receive()).Id;
        var seen = await StoredVersion(id);
        await platform.Assign(id); // someone else moves the case on
        var current = await StoredVersion(id);

        var stale = await AssignWith(id, $"\"{seen}\"", 409);

        var problem = await stale.ReadAsTextAsync();
        problem.ShouldContain($"\"expectedVersion\":{seen}");
        problem.ShouldContain($"\"currentVersion\":{current}");
        problem.ShouldContain("请刷新后重试");
        ETag(stale).ShouldBeNull();
        (await StoredVersion(id)).ShouldBe(current);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("W/\"1\"")]
    [InlineData("\"0\"")]
    [InlineData("\"abc\"")]
    [InlineData("*")]
    public async Task An_If_Match_that_is_not_one_case_version_is_a_field_error(string ifMatch)
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 13, 10, 0));
        var id = (await platform.Receive()).Id;
        var before = await StoredVersion(id);

        var refused = await AssignWith(id, ifMatch, 400);

        (await refused.ReadAsTextAsync()).ShouldContain("\"If-Match\"");
        (await StoredVersion(id)).ShouldBe(before);
    }

    [Fact]
    public async Task If_Match_on_a_write_that_opens_a_new_case_is_a_field_error()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 14, 10, 0));
        var refused = await platform.Host.Scenario(s =>
        {
            s.Post.Json(GrievanceApi.PlatformRequest()).ToUrl(GrievanceApi.Route);
            s.As(platform, TestActors.Enterprise);
            s.WithRequestHeader("If-Match", "\"1\"");
            s.StatusCodeShouldBe(400);
        });
        (await refused.ReadAsTextAsync()).ShouldContain("If-Match");
    }
}
