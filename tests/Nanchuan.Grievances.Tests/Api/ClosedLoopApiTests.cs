using Nanchuan.BuildingBlocks.Platform.Audit;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Evaluating;
using Nanchuan.Testing;
using Wolverine.Tracking;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>收集—交办—办理—反馈—评价—再次交办—销号 through the API, with the integration messages it publishes and the audit trail.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class ClosedLoopApiTests(GrievancesHost platform)
{
    [Fact]
    public async Task An_unsatisfied_request_is_reassigned_until_satisfied_then_closed()
    {
        platform.SetTime(GrievanceApi.At(2024, 5, 9, 10, 0));
        var id = (await platform.Receive()).Id;

        AssignmentIssued? first = null;
        var assigning = await platform.Host.TrackAsync(async () => first = await platform.Assign(id, ProblemType.General, TestActors.MarketRegulator.DepartmentId!));
        var published = assigning.Published<EnterpriseRequestAssigned>();
        published.SlipNumber.ShouldBe(first!.SlipNumber);
        published.HandlingUnitName.ShouldBe("区市场监管局");
        published.HandlingDueAt.ShouldBe(GrievanceApi.At(2024, 5, 15, 18, 0)); // Sat May 11 is a make-up workday

        platform.SetTime(GrievanceApi.At(2024, 5, 10, 11, 0));
        await platform.Report(id, GrievanceApi.At(2024, 5, 9, 15, 0));
        await platform.Evaluate(id, satisfied: false);
        (await platform.Details(id)).Status.ShouldBe(GrievanceStatus.Unsatisfied);

        platform.SetTime(GrievanceApi.At(2024, 5, 13, 9, 0));
        var second = await platform.Assign(id, ProblemType.Simple, TestActors.Planner.DepartmentId!);
        second.Round.ShouldBe(2);
        second.SlipNumber.ShouldNotBe(first.SlipNumber);
        await platform.Get(TestActors.MarketRegulator, $"{GrievanceApi.Route}/{id}", 403);

        platform.SetTime(GrievanceApi.At(2024, 5, 14, 16, 0));
        await platform.Report(id, GrievanceApi.At(2024, 5, 13, 10, 0), TestActors.Planner);
        await platform.Evaluate(id, satisfied: true);

        var closing = await platform.Host.TrackAsync(() =>
            platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/closure", new CloseRequestBody("企业满意，同意销号。")));
        var closed = closing.Published<EnterpriseRequestClosed>();
        closed.Rounds.ShouldBe(2);
        closed.SlipNumber.ShouldBe(second.SlipNumber);

        var details = await platform.Details(id);
        details.Status.ShouldBe(GrievanceStatus.Closed);
        details.StatusLabel.ShouldBe("已销号");
        details.Rounds.Select(r => r.Satisfied).ShouldBe([false, true]);

        var history = await platform.Get(TestActors.Supervisor, $"/api/audit/streams/{id}").Read<StreamHistory>();
        history.Events.Select(e => e.EventType).ShouldContain("grievance_closed");
        history.Events.ShouldContain(e => e.Summary.StartsWith("第2次交办") && e.Actor.Role == "BusinessOffice");
        history.Events.ShouldContain(e => e.Summary.Contains("企业不满意") );
        history.Events.ShouldContain(e => e.Summary.StartsWith("同意销号"));
    }

    [Fact]
    public async Task A_promised_completion_date_is_kept_track_of_after_a_satisfied_evaluation()
    {
        platform.SetTime(GrievanceApi.At(2024, 6, 3, 10, 0));
        var id = (await platform.Receive()).Id;
        await platform.Assign(id, ProblemType.Complex, TestActors.MarketRegulator.DepartmentId!);
        platform.SetTime(GrievanceApi.At(2024, 6, 5, 10, 0));
        await platform.Report(id, GrievanceApi.At(2024, 6, 4, 9, 0), promised: new DateOnly(2024, 6, 28));
        await platform.Evaluate(id, satisfied: true);
        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/tracking", new KeepTrackingRequest("等待6月28日前完成线路改造"));

        platform.SetTime(GrievanceApi.At(2024, 6, 28, 15, 0));
        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/promise-revisit", new RevisitPromiseBody(true, "已按期完成", null));
        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/{id}/closure", new CloseRequestBody(null));

        var details = await platform.Details(id);
        details.Status.ShouldBe(GrievanceStatus.Closed);
        details.Rounds.Single().PromiseKept.ShouldBe(true);
    }
}
