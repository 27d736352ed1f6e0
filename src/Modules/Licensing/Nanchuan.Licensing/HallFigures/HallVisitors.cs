using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Licensing.Reports;

namespace Nanchuan.Licensing.HallFigures;

/// <summary>
/// A window's count of walk-in visitors (来访群众) who left no application — enquiries, queue tickets, self-service help — on one
/// Asia/Shanghai day. Without a department they count for the comprehensive window (综合窗口).
/// </summary>
public sealed record HallVisitorsCounted(Guid TallyId, DateOnly Day, string Department, int Visitors, string? Note) : IDescribedEvent
{
    public string Describe() => $"{Day:yyyy-MM-dd}{Department}接待来访群众{Visitors}人次{(Note is null ? "" : $"（{Note}）")}";
}

public sealed record CountHallVisitors(DateOnly Day, string? Department, int Visitors, string? Note) : IOpenApiExample<CountHallVisitors>
{
    public static CountHallVisitors Example => new(new DateOnly(2024, 9, 13), "综合窗口", 180, "咨询及自助终端引导");
}

public static class HallVisitorsEndpoint
{
    /// <summary>Where walk-in visitors without a department count.</summary>
    public const string ComprehensiveWindow = "综合窗口";

    public const int MaxVisitorsPerTally = 100_000;

    [WolverinePost("/api/licensing/hall/visitors")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("记录大厅来访人次 / Count walk-in visitors of the service hall")]
    [EndpointDescription("Visitors who left no application (enquiries, queue tickets, self-service help) on a day up to today (Asia/Shanghai), 1–100,000 per count; they add to the day's visitors in the hall's daily figures.")]
    [ProducesResponseType<HallVisitorsCounted>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static HallVisitorsCounted Post(CountHallVisitors command, IDocumentSession session, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        if (command.Day > BeijingTime.DayOf(clock.GetUtcNow())) errors["day"] = ["不能登记未来日期的来访 / the day is in the future."];
        if (command.Day.Year < 2000) errors["day"] = ["日期不早于2000年 / the day is 2000 or later."];
        if (command.Visitors is < 1 or > MaxVisitorsPerTally) errors["visitors"] = [$"来访人次应为1至{MaxVisitorsPerTally} / the count is 1–{MaxVisitorsPerTally}."];
        if (command.Department?.Trim().Length > 100) errors["department"] = ["部门名称不超过100字 / the department has at most 100 characters."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var counted = new HallVisitorsCounted(Guid.CreateVersion7(), command.Day,
            string.IsNullOrWhiteSpace(command.Department) ? ComprehensiveWindow : command.Department.Trim(), command.Visitors,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
        session.Events.StartStream(counted.TallyId, counted);
        return counted;
    }
}
