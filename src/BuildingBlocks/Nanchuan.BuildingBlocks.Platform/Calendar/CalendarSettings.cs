using System.ComponentModel.DataAnnotations;
using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Platform.Calendar;

/// <summary>
/// The `Calendar` configuration section (ADR 0149): the hall's business hours (default 08:30–18:00) and whether an ordinary
/// weekend moves a calendar-day limit. Every business-time deadline is measured with them, so hours that close before they
/// open, or a value that is not a time, stop the start naming the key.
/// </summary>
internal sealed class CalendarSettings : IValidatableObject
{
    public HoursSettings BusinessHours { get; set; } = new();

    public bool WeekendsMoveCalendarDayLimits { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BusinessHours.End <= BusinessHours.Start)
            yield return new ValidationResult($"Business hours end ({BusinessHours.End}) before they start ({BusinessHours.Start}).", ["BusinessHours:End"]);
    }

    public WorkingDayCalendarOptions Options() => new()
    {
        BusinessHours = new BusinessHours { Start = BusinessHours.Start, End = BusinessHours.End },
        WeekendsMoveCalendarDayLimits = WeekendsMoveCalendarDayLimits,
    };

    internal sealed class HoursSettings
    {
        public TimeOnly Start { get; set; } = new(8, 30);

        public TimeOnly End { get; set; } = new(18, 0);
    }
}
