namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>
/// A year's holiday schedule was loaded (<paramref name="IsAmendment"/> false) or replaced (true). Published by the
/// platform so that modules recompute the open deadlines that span one of <paramref name="ChangedDays"/>: the days
/// whose working-day or public-holiday status differs from before (for a new year: from the weekday/weekend
/// assumption used while the year had no schedule), in order.
/// </summary>
public sealed record HolidayScheduleChanged(int Year, bool IsAmendment, IReadOnlyList<DateOnly> ChangedDays, string Notice);
