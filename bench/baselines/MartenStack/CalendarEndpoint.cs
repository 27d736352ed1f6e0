using Microsoft.AspNetCore.Authorization;
using Nanchuan.BuildingBlocks.Calendar;
using Wolverine.Http;

namespace Nanchuan.Bench.MartenStack;

/// <summary>S4's lookup through Wolverine.HTTP, no database: the endpoint S8 times the stack's start to (same calendar as the platform's).</summary>
public static class CalendarEndpoint
{
    [WolverineGet("/api/calendar/days/{day}")]
    [Authorize]
    public static WorkingDayInfo GetDay(DateOnly day, IWorkingDayCalendar calendar) => calendar.DescribeDay(day);
}
