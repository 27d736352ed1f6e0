using Nanchuan.Grievances.Contracts;
using Nanchuan.Utilities.Domain.Power;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Domain;

public sealed class ProblemReportChannelTests
{
    /// <summary>Hours as the Grievances module would configure them (its own test shows the configuration reaches the contract).</summary>
    private sealed record Hotline(TimeOnly Opens, TimeOnly Closes) : IEnterpriseHotline
    {
        public bool Answers(DateTimeOffset at)
        {
            var local = TimeOnly.FromTimeSpan(at.ToOffset(TimeSpan.FromHours(8)).TimeOfDay);
            return local >= Opens && local <= Closes;
        }
    }

    [Fact]
    public void Only_the_enterprise_hotline_has_hours_and_they_are_the_ones_the_grievance_intake_keeps()
    {
        var hotline = new Hotline(new TimeOnly(8, 30), new TimeOnly(17, 0));
        ProblemReportChannel.EnterpriseHotline.IsAnsweredAt(Time("2025-06-03 17:00"), hotline).ShouldBeTrue();
        ProblemReportChannel.EnterpriseHotline.IsAnsweredAt(Time("2025-06-03 17:30"), hotline).ShouldBeFalse();
        ProblemReportChannel.EnterpriseHotline.IsAnsweredAt(Time("2025-06-03 08:29"), hotline).ShouldBeFalse();
        ProblemReportChannel.EconomicCommissionHotline.IsAnsweredAt(Time("2025-06-03 17:30"), hotline).ShouldBeTrue();
        ProblemReportChannel.Email.IsAnsweredAt(Time("2025-06-03 23:00"), hotline).ShouldBeTrue();
    }
}
