using Alba;
using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>Two assignments at once: one wins, the other gets a 409, and the slip numbering keeps no gap.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class ConcurrencyTests(GrievancesHost platform)
{
    [Fact]
    public async Task Two_simultaneous_assignments_of_one_request_give_one_slip_and_one_conflict()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var received = await platform.Receive();

        Task<IScenarioResult> Assign(string unit) => platform.Host.Scenario(s =>
        {
            s.Post.Json(new AssignRequest(ProblemType.General, null, unit)).ToUrl($"{GrievanceApi.Route}/{received.Id}/assignment");
            s.As(platform, TestActors.BusinessOffice);
            s.IgnoreStatusCode();
        });
        var results = await Task.WhenAll(Assign("qu-shichangjianguanju"), Assign("qu-chengshiguanliju"));

        results.Select(r => r.Context.Response.StatusCode).OrderBy(code => code).ShouldBe([200, 409]);
        (await platform.Details(received.Id)).Rounds.ShouldHaveSingleItem();

        // The next slip follows on: every number of the year was issued exactly once, in order.
        var next = await platform.Assign((await platform.Receive()).Id);
        var ledger = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{AssignmentSlipLedger.StreamIdFor(2024)}").Read<StreamHistory>();
        ledger.Events.Count.ShouldBe(AssignmentSlipNumber.Parse(next.SlipNumber).Sequence);
        ledger.Events.Select(e => e.Summary).Last().ShouldContain(next.SlipNumber);
        ledger.Events.Select((e, i) => e.Summary.Contains(AssignmentSlipNumber.Format(2024, i + 1))).ShouldAllBe(issued => issued);
    }

    [Fact]
    public async Task Simultaneous_assignments_of_different_requests_queue_up_for_consecutive_slips()
    {
        platform.SetTime(GrievanceApi.At(2025, 3, 12, 10, 0));
        await platform.Assign((await platform.Receive()).Id); // the year's ledger exists from here on
        var requests = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => platform.Receive()));

        var results = await Task.WhenAll(requests.Select(r => platform.Host.Scenario(s =>
        {
            s.Post.Json(new AssignRequest(ProblemType.Simple, null, "qu-shichangjianguanju")).ToUrl($"{GrievanceApi.Route}/{r.Id}/assignment");
            s.As(platform, TestActors.BusinessOffice);
        })));

        var numbers = new List<int>();
        foreach (var result in results) numbers.Add(AssignmentSlipNumber.Parse((await result.ReadAsJsonAsync<AssignmentIssued>()).SlipNumber).Sequence);
        numbers.Order().ShouldBe([2, 3, 4, 5]);
    }
}
