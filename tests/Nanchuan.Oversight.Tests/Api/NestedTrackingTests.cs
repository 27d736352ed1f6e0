using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Intake;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// The hang that kept this module out of main (ADR 0078): a tracked step that fires a timer and waits for it inside. With
/// Wolverine's <c>InvokeMessageAndWaitAsync</c> there, the inner session replaced the outer one while the oversight handler
/// was still filing the step's <see cref="CaseOpened"/>, and the outer waited for its end until it timed out after 60 s.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class NestedTrackingTests(OversightHost platform)
{
    private static readonly Actor Enterprise = Enterprise("91500107MA5U8XRB9U", "重庆南川戊科技有限公司");

    [Fact]
    public async Task A_timer_fired_inside_a_tracked_step_is_waited_for_with_everything_the_step_set_off()
    {
        platform.SetTime(At(2024, 10, 14, 10, 0));
        GrievanceReceivedResponse received = null!;
        var tracked = await platform.Tracked(async () =>
        {
            received = await platform.Host.Post(Enterprise, OversightApi.Grievances, new ReceiveRequest(IntakeChannel.Platform, Enterprise.Name, Enterprise.CreditCode,
                "王经理", "13812345678", "园区路灯损坏，夜间装卸不便。", null), 201).Read<GrievanceReceivedResponse>();
            var overdue = DeadlineTimers.Overdue(GrievanceDeadlines.Type, received.Id, "Assignment", received.AssignmentDueAt);
            platform.SetTime(overdue.FireAt);
            await platform.Host.InvokeAndWaitAsync(overdue);
        });

        // The outer session saw the filing of the step's messages and of the overdue its timer published end.
        tracked.MessageSucceeded.MessagesOf<CaseOpened>().Where(m => m.Case.CaseId == received.Id).ShouldHaveSingleItem();
        tracked.MessageSucceeded.MessagesOf<DeadlineOverdue>().Where(m => m.Case.CaseId == received.Id).ShouldHaveSingleItem().Deadline.ShouldBe("Assignment");
        (await platform.Thread(TestActors.BusinessOffice, Enterprise.CreditCode!)).Entries.Select(e => e.Kind)
            .ShouldBe(["deadlineOverdue", "deadlineSet", "opened"]);
    }

    [Fact]
    public async Task A_tracked_session_begun_inside_a_tracked_action_is_refused_at_once()
    {
        var refused = await Should.ThrowAsync<InvalidOperationException>(() =>
            platform.Tracked(() => platform.Tracked(() => Task.CompletedTask)));
        refused.Message.ShouldContain("ADR 0078");
    }
}
