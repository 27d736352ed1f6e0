namespace Nanchuan.Grievances.Contracts;

/// <summary>
/// 企呼我为 enterprise hotline 023-71992345: the hours it answers, which the Grievances module owns (configured under
/// `Grievances:Intake`). Another module that records calls to it asks here, so both refuse the same call times.
/// </summary>
public interface IEnterpriseHotline
{
    TimeOnly Opens { get; }

    TimeOnly Closes { get; }

    /// <summary>True when a call at <paramref name="at"/> falls within the hours, in Beijing time, on any day of the year.</summary>
    bool Answers(DateTimeOffset at);
}
