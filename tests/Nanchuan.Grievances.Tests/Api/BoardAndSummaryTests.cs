using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using Nanchuan.Grievances.Reading;
using Nanchuan.Testing;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>The BusinessOffice's open-items board and the daily intake summary.</summary>
[Collection(GrievancesCollection.Name)]
public sealed class BoardAndSummaryTests(GrievancesHost platform)
{
    [Fact]
    public async Task The_board_shows_what_is_due_today_overdue_awaiting_evaluation_and_awaiting_a_promise_revisit()
    {
        platform.SetTime(GrievanceApi.At(2024, 7, 2, 10, 0));
        // Calls the BusinessOffice enters late (ADR 0033: within 3 days).
        static ReceiveRequest Call(DateTimeOffset at) => GrievanceApi.PlatformRequest(receivedAt: at) with { Channel = IntakeChannel.Phone };
        var dueToday = await platform.Receive(Call(GrievanceApi.At(2024, 7, 1, 9, 0)), TestActors.BusinessOffice);
        // Taken on Saturday, due Mon Jul 1 18:00, which has passed: the timers fire at once (waited for here).
        await platform.Host.TrackAsync(() => platform.Receive(Call(GrievanceApi.At(2024, 6, 29, 11, 0)), TestActors.BusinessOffice));
        var handled = await platform.Receive();
        await platform.Assign(handled.Id);
        await platform.Report(handled.Id, GrievanceApi.At(2024, 7, 2, 10, 0), promised: new DateOnly(2024, 7, 2));

        var board = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/board").Read<OpenItemsBoard>();

        board.Today.ShouldBe(new DateOnly(2024, 7, 2));
        board.DueToday.ShouldContain(item => item.Id == dueToday.Id);
        board.Overdue.ShouldContain(item => item.ReceivedAt == GrievanceApi.At(2024, 6, 29, 11, 0) && item.Overdue);
        board.Overdue.ShouldNotContain(item => item.Id == dueToday.Id);
        board.AwaitingEvaluation.ShouldContain(item => item.Id == handled.Id);
        board.AwaitingPromiseRevisit.ShouldContain(item => item.Id == handled.Id);

        await platform.Get(TestActors.MarketRegulator, $"{GrievanceApi.Route}/board", 403);
    }

    [Fact]
    public async Task The_daily_intake_summary_counts_by_channel_and_box()
    {
        platform.SetTime(GrievanceApi.At(2024, 7, 3, 17, 0));
        await platform.Receive();
        await platform.Post(TestActors.BusinessOffice, $"{GrievanceApi.Route}/box-batches", EnterBoxBatch.Example with { CollectionDate = new DateOnly(2024, 7, 3) });

        var summary = await platform.Get(TestActors.BusinessOffice, $"{GrievanceApi.Route}/intake-summary?date=2024-07-03").Read<DailyIntakeSummary>();

        summary.Date.ShouldBe(new DateOnly(2024, 7, 3));
        summary.Total.ShouldBe(3);
        summary.ByChannel[IntakeChannel.Platform].ShouldBe(1);
        summary.ByChannel[IntakeChannel.Box].ShouldBe(2);
        summary.ByBox[FeedbackBoxLocation.IndustrialPark].ShouldBe(2);
        summary.WithoutCreditCode.ShouldBe(1);
        summary.Requests.ShouldAllBe(item => item.ReceivedAt >= GrievanceApi.At(2024, 7, 3, 0, 0) && item.ReceivedAt < GrievanceApi.At(2024, 7, 4, 0, 0));
    }
}
