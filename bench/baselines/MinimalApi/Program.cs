using Nanchuan.Bench.Baselines;
using Nanchuan.BuildingBlocks.Calendar;

// Baseline (c): the platform's calendar-day lookup (S4) as a plain minimal API, same calendar, same token check.
var builder = WebApplication.CreateBuilder(args).AddBaselineEssentials();
builder.Services.AddSingleton<IWorkingDayCalendar>(WorkingDayCalendar.WithShippedSchedules());

var app = builder.Build();
app.UseBaselineEssentials();
app.MapGet("/api/calendar/days/{day}", (DateOnly day, IWorkingDayCalendar calendar) => calendar.DescribeDay(day)).RequireAuthorization();
app.Run();
