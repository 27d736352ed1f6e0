using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.BuildingBlocks.Platform.Openings;
using Nanchuan.Licensing.Registration;
using Nanchuan.Licensing.StaffAssessment.Rulebook;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// ADR 0192 (bench S8): the start-up openings run side by side, beside Wolverine's runtime start, and the start waits for them
/// before the server starts, so the first request never meets a calendar without its stored schedules.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformOpeningsTests(PlatformHost platform)
{
    [Fact]
    public void The_openings_begin_before_Wolverines_runtime_starts_and_are_awaited_after_it_and_before_the_server()
    {
        platform.Services.GetServices<IPlatformOpening>().Select(o => o.GetType()).ShouldBe(
            [typeof(OrganisationCodeLedgerOpening), typeof(RulebookOpening), typeof(HolidayScheduleBootstrap), typeof(DepartmentBootstrap)],
            ignoreOrder: true);

        var order = platform.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        var begin = order.FindIndex(t => t.Name == "OpeningsBegin");
        var wolverine = order.FindIndex(t => t.Name == "WolverineRuntime");
        var finish = order.FindIndex(t => t.Name == "OpeningsFinish");
        var server = order.FindIndex(t => t.Name == "GenericWebHostService");
        var names = string.Join(", ", order.Select(t => t.Name));
        begin.ShouldBeGreaterThanOrEqualTo(0, names);
        wolverine.ShouldBeGreaterThan(begin, $"Wolverine's runtime starts while the openings run: {names}");
        finish.ShouldBeGreaterThan(wolverine, names);
        server.ShouldBeGreaterThan(finish, $"the server starts only once the openings are done: {names}");
    }
}
