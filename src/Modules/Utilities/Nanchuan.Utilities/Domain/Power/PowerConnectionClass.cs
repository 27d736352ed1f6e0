using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.Utilities.Domain.Power;

/// <summary>The classes of power connection and their time limits (办电时限服务承诺制).</summary>
public enum PowerConnectionClass
{
    /// <summary>低压居民: 3 working days.</summary>
    LowVoltageResidential,

    /// <summary>无工程的低压非居: 4 working days.</summary>
    LowVoltageNonResidential,

    /// <summary>有工程的低压非居: 15 days.</summary>
    LowVoltageNonResidentialWithWorks,

    /// <summary>高压: 5 working days after the completion inspection request (竣工报验).</summary>
    HighVoltage,
}

internal static class PowerTimeLimits
{
    /// <summary>
    /// The limit of a class. It runs (default) from the acceptance of a complete application; for high voltage from the
    /// customer's completion inspection request.
    /// </summary>
    public static TimeLimit For(PowerConnectionClass connectionClass) => connectionClass switch
    {
        PowerConnectionClass.LowVoltageResidential => TimeLimit.WorkingDays(3),
        PowerConnectionClass.LowVoltageNonResidential => TimeLimit.WorkingDays(4),
        PowerConnectionClass.LowVoltageNonResidentialWithWorks => TimeLimit.CalendarDays(15),
        PowerConnectionClass.HighVoltage => TimeLimit.WorkingDays(5),
        _ => throw new ArgumentOutOfRangeException(nameof(connectionClass), connectionClass, null),
    };

    /// <summary>Whether the limit starts at acceptance (all but high voltage).</summary>
    public static bool RunsFromAcceptance(this PowerConnectionClass connectionClass) => connectionClass != PowerConnectionClass.HighVoltage;

    public static string ToChinese(this PowerConnectionClass connectionClass) => connectionClass switch
    {
        PowerConnectionClass.LowVoltageResidential => "低压居民",
        PowerConnectionClass.LowVoltageNonResidential => "无工程的低压非居",
        PowerConnectionClass.LowVoltageNonResidentialWithWorks => "有工程的低压非居",
        PowerConnectionClass.HighVoltage => "高压",
        _ => connectionClass.ToString(),
    };
}
