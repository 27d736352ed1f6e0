using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Grievances.Intake;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The public acceptance examples of grievances.md, through the REST API.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class AcceptanceExampleTests(GrievancesHost platform)
{
    [Fact]
    public async Task A_request_received_on_the_eve_of_the_Spring_Festival_is_due_for_assignment_on_the_make_up_Sunday()
    {
        platform.SetTime(GrievanceApi.At(2024, 2, 9, 16, 0));
        var phoneCall = new ReceiveRequest(IntakeChannel.Phone, "重庆南川示例科技有限公司", TestActors.Enterprise.CreditCode, "王经理",
            "13812345678", "春节前工资专户开户遇到困难。", GrievanceApi.At(2024, 2, 9, 15, 30));

        var received = await platform.Receive(phoneCall, TestActors.BusinessOffice);

        received.AssignmentDueAt.ShouldBe(GrievanceApi.At(2024, 2, 18, 18, 0));
        var details = await platform.Details(received.Id);
        details.Status.ShouldBe(GrievanceStatus.Received);
        details.Channel.ShouldBe(IntakeChannel.Phone);
        details.OpenDeadlines.ShouldHaveSingleItem().DueAt.ShouldBe(GrievanceApi.At(2024, 2, 18, 18, 0));
    }

    [Fact]
    public async Task A_simple_problem_assigned_on_Thursday_9_May_2024_is_due_on_the_make_up_Saturday()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var received = await platform.Receive(GrievanceApi.PlatformRequest());

        var assigned = await platform.Assign(received.Id, ProblemType.Simple);

        assigned.TimeLimitWorkingDays.ShouldBe(2);
        assigned.HandlingDueAt.ShouldBe(GrievanceApi.At(2024, 5, 11, 18, 0));
        assigned.SlipNumber.ShouldStartWith("ncqhww2024-");
    }

    [Fact]
    public async Task Closing_a_request_that_was_not_evaluated_satisfied_is_refused_naming_its_state()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var received = await platform.Receive(GrievanceApi.PlatformRequest());
        await platform.Assign(received.Id);

        var refused = await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{received.Id}/closure", new CloseRequestBody(null), 409);

        var body = await refused.ReadAsTextAsync();
        body.ShouldContain("已交办");
        body.ShouldContain("currentState");
        (await platform.Details(received.Id)).Status.ShouldBe(GrievanceStatus.Assigned);
    }
}
