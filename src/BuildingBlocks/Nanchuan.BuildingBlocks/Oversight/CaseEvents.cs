using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.BuildingBlocks.Oversight;

// The oversight contract's case events (integration events), published by every module in the transaction of the event
// they mirror (Wolverine's outbox). Their full type names are their wire identity — do not move them.

/// <summary>A case was opened (受理/立案): the cross-module view starts its line here.</summary>
/// <param name="Case">The case, the same way in every module; its department is the one that received it.</param>
/// <param name="Title">What the case is about in Chinese, as a supervisor reads it in a list (e.g. "供电接入：低压非居民 50kW").</param>
/// <param name="OpenedAt">When it was received.</param>
/// <param name="Reference">The number people quote for the case when it has one besides its id (a LandUse project code, an agreement number); null otherwise.</param>
/// <param name="EnterpriseName">The enterprise's name as the module recorded it; null when the case concerns no enterprise.</param>
/// <param name="Trips">The enterprise's trips to a counter for the case so far (最多跑一次), when the module counts them; null otherwise.</param>
/// <param name="Deadline">The (first) deadline the opening started, when it starts any at once (<c>DeadlineWatch.Open</c>): filed with the
/// opening in one transaction, as if published right after it (ADR 0204); null when the opening starts none.</param>
/// <param name="MoreDeadlines">The other deadlines the opening started at the same moment (a 差评's revisit and rectification, an
/// agreement's milestones), filed after <paramref name="Deadline"/> in this order, in the same transaction (ADR 0249); null when it
/// started one or none. A list beside <paramref name="Deadline"/> rather than in its place, so an opening stored by the outbox before
/// the list existed still files its deadline.</param>
public sealed record CaseOpened(
    OversightCase Case, string Title, DateTimeOffset OpenedAt, string? Reference = null, string? EnterpriseName = null, int? Trips = null,
    DeadlineSet? Deadline = null, IReadOnlyList<DeadlineSet>? MoreDeadlines = null)
{
    /// <summary>The facts the message carries in the order oversight files them: the opening (without its deadlines), then each deadline it started.</summary>
    public IReadOnlyList<object> Facts() => Deadline is null ? [this] : [this with { Deadline = null, MoreDeadlines = null }, Deadline, .. MoreDeadlines ?? []];
}

/// <summary>
/// The case was given a number after its opening that people will quote (a Grievances assignment slip 交办单编号 for each round,
/// a Licensing licence number 证照编号): the cross-module search finds the case by it.
/// </summary>
/// <param name="Case">The case; its department is the one the number was issued to (a round's handling unit).</param>
/// <param name="Number">The number as issued, e.g. "南川营商〔2024〕12号".</param>
/// <param name="Label">What the number is in Chinese, e.g. "交办单编号".</param>
/// <param name="At">When it was issued.</param>
public sealed record CaseNumbered(OversightCase Case, string Number, string Label, DateTimeOffset At);

/// <summary>
/// The enterprise rated the service on the case (好差评, the national five-level scale): the cross-module 满意率 counts it.
/// A case may be rated more than once (a Grievances round each); <paramref name="RatingId"/> names one rating.
/// </summary>
public sealed record CaseRated(OversightCase Case, Guid RatingId, ServiceRating Rating, DateTimeOffset RatedAt);

/// <summary>A rating was struck from the figures (an appeal against it as given by mistake, 误评申诉, upheld): 满意率 no longer counts it.</summary>
public sealed record CaseRatingStruck(OversightCase Case, Guid RatingId, string Reason, DateTimeOffset StruckAt);

/// <summary>A case ended (办结/终止): no deadline of it runs any more.</summary>
/// <param name="Case">The case; its department is the one that finished it.</param>
/// <param name="Outcome">How it ended in Chinese, e.g. "已办结", "不予受理", "撤回".</param>
/// <param name="OnTime">Whether every deadline it had was met; null when it had none.</param>
/// <param name="ClosedAt">When it ended.</param>
/// <param name="Trips">The enterprise's trips to a counter for the whole case (最多跑一次), when the module counts them; null otherwise.</param>
public sealed record CaseClosed(OversightCase Case, string Outcome, bool? OnTime, DateTimeOffset ClosedAt, int? Trips = null);

/// <summary>A supervision notice (督办通知) was issued on a case, usually on an overdue step.</summary>
/// <param name="Case">The case; its department is the one the notice is addressed to.</param>
/// <param name="Deadline">The deadline the notice is about, when it is about one.</param>
/// <param name="Notice">The notice's text.</param>
/// <param name="IssuedBy">Who issued it (the business office's officer, from the server's identity).</param>
/// <param name="IssuedAt">When.</param>
public sealed record SupervisionNoticeIssued(OversightCase Case, string? Deadline, string Notice, string IssuedBy, DateTimeOffset IssuedAt);
