using Nanchuan.Grievances.Contracts;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

public class IntegrationMessagesTests
{
    [Fact]
    public void An_assignment_is_published_with_the_slip_the_unit_the_enterprise_and_the_times()
    {
        var flow = GrievanceFlow.In(GrievanceStatus.Assigned);
        var assigned = (GrievanceAssigned)flow.Events[^1];

        IntegrationMessages.Assigned(flow.State, assigned).ShouldBe(new EnterpriseRequestAssigned(
            Sample.GrievanceId, 1, "ncqhww2024-01", "qcxj", "区城市管理局", flow.State.EnterpriseName, flow.State.CreditCode,
            flow.State.Content, 2, Sample.At(2024, 5, 8, 9, 0), Sample.At(2024, 5, 9, 10, 0), Sample.At(2024, 5, 11, 18, 0)));
    }
}
