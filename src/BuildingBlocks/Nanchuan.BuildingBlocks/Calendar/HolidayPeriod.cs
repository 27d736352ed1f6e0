namespace Nanchuan.BuildingBlocks.Calendar;

/// <summary>One public holiday of a State Council schedule (放假), e.g. 春节 2024-02-10 to 2024-02-17, both days included.</summary>
public sealed record HolidayPeriod(string Name, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => From <= day && day <= To;
}
