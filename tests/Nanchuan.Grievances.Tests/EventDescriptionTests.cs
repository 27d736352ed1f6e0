using Nanchuan.BuildingBlocks.Events;
using Nanchuan.Grievances.Assigning;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

/// <summary>Supervisors read a request's history as Chinese sentences (platform rule 2).</summary>
public class EventDescriptionTests
{
    [Fact]
    public void Every_event_of_the_module_describes_itself() =>
        GrievanceEventTypes.All.Append(typeof(AssignmentSlipNumberIssued))
            .Where(type => !typeof(IDescribedEvent).IsAssignableFrom(type))
            .ShouldBeEmpty();

    [Fact]
    public void A_box_note_names_its_box_and_its_deadlines_in_Beijing_time()
    {
        var command = Sample.Request(IntakeChannel.Box) with
        {
            CreditCode = null, BoxLocation = FeedbackBoxLocation.IndustrialPark, CollectionDate = new DateOnly(2024, 5, 8),
        };
        var intake = GrievanceIntake.Validate(command, Sample.At(2024, 5, 8, 12, 0), IntakePolicy.Default);
        var received = GrievanceDecisions.Receive(Sample.GrievanceId, intake, Sample.At(2024, 5, 9, 18, 0), Sample.At(2024, 5, 8, 12, 0));

        received.Describe().ShouldBe("收到意见箱（工业园区）诉求：重庆南川某某建材有限公司（联系人张三），收到时间2024-05-08 08:30，应于2024-05-09 18:00前交办");
    }

    [Fact]
    public void A_reassignment_says_which_round_it_is()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Unsatisfied).Assign(Sample.At(2024, 5, 13, 14, 0), Sample.Assignment(ProblemType.General, 3), sequence: 2);

        ((IDescribedEvent)flow.Events[^1]).Describe().ShouldBe("第2次交办（交办单ncqhww2024-02）：一般问题，承办单位区城市管理局，办结时限3个工作日，至2024-05-15 18:00");
    }
}
