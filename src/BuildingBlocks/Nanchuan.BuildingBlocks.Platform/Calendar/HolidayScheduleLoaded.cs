using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

/// <summary>A year's holiday schedule (节假日安排) was loaded into the platform: first from the shipped file, later amended by an admin.</summary>
public sealed record HolidayScheduleLoaded(
    int Year,
    string Notice,
    IReadOnlyList<HolidayPeriod> Holidays,
    IReadOnlyList<DateOnly> MakeUpWorkdays,
    HolidayScheduleSource Source,
    bool IsAmendment,
    IReadOnlyList<DateOnly> ChangedDays) : IDescribedEvent
{
    public string Describe() => IsAmendment
        ? $"修订{Year}年节假日安排（{Notice}），{ChangedDays.Count}天的工作日状态发生变化"
        : $"载入{Year}年节假日安排（{Notice}，来源：{(Source == HolidayScheduleSource.ShippedFile ? "随平台发布的文件" : "管理员")}）";

    public HolidaySchedule ToSchedule() => new(Year, Notice, Holidays, MakeUpWorkdays);
}

public enum HolidayScheduleSource
{
    ShippedFile,
    Admin,
}
