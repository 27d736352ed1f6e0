using Nanchuan.Utilities.Domain.Gas;
using Nanchuan.Utilities.Domain.Water;
using static Nanchuan.Utilities.Tests.Beijing;

namespace Nanchuan.Utilities.Tests.Domain;

public sealed class WaterAndGasLimitTests
{
    [Fact]
    public void Spec_example_a_water_bill_received_on_2024_03_01_is_overdue_from_2024_05_01()
    {
        WaterTimeLimits.Payment.DueFrom(Calendar, Time("2024-03-01 15:00")).ShouldBe(Time("2024-05-01 00:00"));
    }

    [Fact]
    public void Water_is_connected_within_2_working_days_of_the_letter_skipping_Qingming_2024()
    {
        // Wed Apr 3 → Apr 4–6 off → Sun Apr 7 (make-up workday, 1), Mon Apr 8 (2).
        WaterTimeLimits.Connection.DueFrom(Calendar, Time("2024-04-03 11:00")).ShouldBe(Time("2024-04-08 18:00"));
    }

    [Fact]
    public void Gas_survey_is_due_1_working_day_after_a_Friday_application()
    {
        GasTimeLimits.Survey.DueFrom(Calendar, Time("2024-06-07 16:00")).ShouldBe(Time("2024-06-11 18:00")); // Jun 10 Dragon Boat Festival
    }

    [Fact]
    public void Gas_plan_after_a_Saturday_survey_is_due_at_the_close_of_the_next_working_day()
    {
        // The 1st working day after Saturday Jun 15 is Monday Jun 17.
        GasTimeLimits.Plan.DueFrom(Calendar, Time("2024-06-15 10:00")).ShouldBe(Time("2024-06-17 18:00"));
    }
}
