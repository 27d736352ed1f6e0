using Nanchuan.LandUse.Stages;

namespace Nanchuan.LandUse.Tests.Api;

public sealed class WorkingDaysTests(MidAutumnHost platform) : IClassFixture<MidAutumnHost>
{
    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2024, month, day, hour, minute, 0, LandUseHost.Beijing);

    [Fact]
    public async Task Elapsed_working_days_per_stage_follow_the_holiday_schedule()
    {
        var code = (await platform.Start()).Code;
        await platform.Submit(code, 1, new SubmitStage(["1.1", "1.2", "1.3"], new DateOnly(2024, 8, 1)));
        platform.AdvanceTo(At(9, 13, 9, 57));
        (await platform.Complete(code, 1)).WorkingDays.ShouldBe(0.1m);

        platform.AdvanceTo(At(9, 13, 10, 0));
        await platform.Submit(code, 2, new SubmitStage(["2.5"]));
        // Fri 10:00–18:00 (8 h) + Sat Sep 14, a make-up workday (9.5 h) + Sep 15–17 off + Wed 08:30–10:00 (1.5 h) = 19 h = 2 working days.
        platform.AdvanceTo(At(9, 18, 10, 0));
        (await platform.Complete(code, 2)).WorkingDays.ShouldBe(2m);

        var report = (await platform.Get(code)).Report;
        report.Stages.Select(s => s.WorkingDays).ShouldBe([0.1m, 2m]);
        report.WorkingDays.ShouldBe(2.1m);
    }
}
