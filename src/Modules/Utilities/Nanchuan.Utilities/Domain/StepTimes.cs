namespace Nanchuan.Utilities.Domain;

/// <summary>A step may be recorded after the fact, but never before the step it follows.</summary>
public static class StepTimes
{
    public static void EnsureNotBefore(string field, DateTimeOffset at, DateTimeOffset previousStep)
    {
        if (at < previousStep)
            throw new DomainValidationException(field,
                $"时间不能早于上一步骤（{previousStep:yyyy-MM-dd HH:mm:ss zzz}） / the time cannot be before the previous step ({previousStep:O}).");
    }
}
