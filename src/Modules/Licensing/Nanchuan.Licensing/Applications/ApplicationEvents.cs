using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.Applications;

/// <summary>
/// 综合受理: an application for a catalogue item reached the front desk; <paramref name="Assistance"/> is the 帮办代办 staff member
/// acting for the enterprise, if any. For a 一件事一次办 package the item is the package and <paramref name="Parts"/> lists its
/// catalogue items. <c>Helper</c> is set only in streams stored before issue 14 point 13 (the helper as the client typed it).
/// </summary>
public sealed record ApplicationReceived(
    Guid ApplicationId, Guid ItemId, string ItemCode, string ItemName, string Department, UnifiedSocialCreditCode CreditCode, string EnterpriseName,
    string? Helper, IReadOnlyList<string> Provided, DateTimeOffset ReceivedAt, IReadOnlyList<ApplicationPart>? Parts = null,
    Assistance? Assistance = null) : IDescribedEvent
{
    public string Describe() => Assistance is not null
        ? $"{Assistance.Describe()}申请“{ItemName}”"
        : Helper is null ? $"{EnterpriseName}申请“{ItemName}”" : $"{Helper}代{EnterpriseName}申请“{ItemName}”";
}

/// <summary>一次性告知: every missing material listed at once. A later notice may only repeat items of the first.</summary>
public sealed record OneTimeNoticeIssued(Guid ApplicationId, int Number, IReadOnlyList<string> Missing) : IDescribedEvent
{
    public string Describe() => $"一次性告知（第{Number}次）需补正：{string.Join("、", Missing)}";
}

/// <summary>The enterprise (or its 帮办代办 helper, <paramref name="Assistance"/>) brought missing materials.</summary>
public sealed record MaterialsSupplemented(Guid ApplicationId, IReadOnlyList<string> Provided, Assistance? Assistance = null) : IDescribedEvent
{
    public string Describe() => $"{(Assistance is null ? "" : Assistance.Describe())}补正材料：{string.Join("、", Provided)}";
}

/// <summary>受理: the application is complete; the promised limit (<paramref name="PromisedWorkingDays"/>) runs to <paramref name="DueAt"/>.</summary>
public sealed record ApplicationAccepted(Guid ApplicationId, DateTimeOffset AcceptedAt, decimal PromisedWorkingDays, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"受理，承诺于{DueAt:yyyy-MM-dd HH:mm}前办结";
}

/// <summary>分类审批: the item's department approved or rejected; a rejection cites the rule.</summary>
public sealed record ApplicationDecided(Guid ApplicationId, bool Approved, string Reasons, string? Rule, DateTimeOffset DecidedAt) : IDescribedEvent
{
    public string Describe() => Approved ? $"审批通过：{Reasons}" : $"不予许可：{Reasons}（依据{Rule}）";
}

/// <summary>综合窗口出件: the result (licence/certificate number) was issued, collected or mailed.</summary>
public sealed record ResultIssued(Guid ApplicationId, string ResultNumber, bool Mailed, DateTimeOffset IssuedAt) : IDescribedEvent
{
    public string Describe() => $"出件{ResultNumber}（{(Mailed ? "邮寄" : "窗口领取")}）";
}

/// <summary>The enterprise (or its 帮办代办 helper, <paramref name="Assistance"/>) came to a window in person.</summary>
public sealed record VisitRecorded(Guid ApplicationId, string Purpose, DateTimeOffset At, Assistance? Assistance = null) : IDescribedEvent
{
    public string Describe() => Assistance is null ? $"企业到窗口：{Purpose}" : $"{Assistance.Describe()}到窗口：{Purpose}";
}

/// <summary>The promised limit is one working day away (scheduled warning).</summary>
public sealed record ApplicationDeadlineWarned(Guid ApplicationId, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"临近承诺时限（{DueAt:yyyy-MM-dd HH:mm}）";
}

/// <summary>The promised limit passed without a result.</summary>
public sealed record ApplicationOverdue(Guid ApplicationId, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"超过承诺时限（{DueAt:yyyy-MM-dd HH:mm}）未办结";
}

/// <summary>The holiday schedule changed and the promised limit moved.</summary>
public sealed record ApplicationDeadlineRecomputed(Guid ApplicationId, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason) : IDescribedEvent
{
    public string Describe() => $"承诺时限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}
