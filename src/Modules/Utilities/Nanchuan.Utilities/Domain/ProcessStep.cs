namespace Nanchuan.Utilities.Domain;

/// <summary>One step of a connection's full process (全流程查询) as the applicant sees it.</summary>
public sealed record ProcessStep(DateTimeOffset At, string Step);
