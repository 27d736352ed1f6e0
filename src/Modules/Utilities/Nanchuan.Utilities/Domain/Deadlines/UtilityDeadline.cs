namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>The watched deadlines of the three connection processes.</summary>
public enum UtilityDeadline
{
    /// <summary>电力报装: power on within the class's limit.</summary>
    PowerOn,

    /// <summary>供水报装: connected within 2 working days of the commitment letter.</summary>
    WaterConnection,

    /// <summary>供水报装: the commitment (payment) completed within 60 days of receiving the cost list.</summary>
    WaterPayment,

    /// <summary>燃气报装: acknowledged and surveyed within 1 working day of the application.</summary>
    GasSurvey,

    /// <summary>燃气报装: connection plan proposed within 1 working day of the survey.</summary>
    GasPlan,
}

/// <summary>The three connection types (水、电、气).</summary>
internal enum UtilityKind
{
    Power,
    Water,
    Gas,
}

internal static class UtilityDeadlineLabels
{
    /// <summary>The connection type a deadline belongs to.</summary>
    public static UtilityKind Utility(this UtilityDeadline deadline) => deadline switch
    {
        UtilityDeadline.PowerOn => UtilityKind.Power,
        UtilityDeadline.WaterConnection or UtilityDeadline.WaterPayment => UtilityKind.Water,
        UtilityDeadline.GasSurvey or UtilityDeadline.GasPlan => UtilityKind.Gas,
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, null),
    };

    public static string ToChinese(this UtilityDeadline deadline) => deadline switch
    {
        UtilityDeadline.PowerOn => "接电时限",
        UtilityDeadline.WaterConnection => "通水时限",
        UtilityDeadline.WaterPayment => "承诺付费期限",
        UtilityDeadline.GasSurvey => "受理勘查时限",
        UtilityDeadline.GasPlan => "接气方案时限",
        _ => deadline.ToString(),
    };
}
