namespace Nanchuan.BuildingBlocks.Oversight;

// The oversight contract's case events (integration events), published by every module in the transaction of the event
// they mirror (Wolverine's outbox). Their full type names are their wire identity — do not move them.

/// <summary>A case was opened (受理/立案): the cross-module view starts its line here.</summary>
/// <param name="Case">The case, the same way in every module; its department is the one that received it.</param>
/// <param name="Title">What the case is about in Chinese, as a supervisor reads it in a list (e.g. "供电接入：低压非居民 50kW").</param>
/// <param name="OpenedAt">When it was received.</param>
public sealed record CaseOpened(OversightCase Case, string Title, DateTimeOffset OpenedAt);

/// <summary>A case ended (办结/终止): no deadline of it runs any more.</summary>
/// <param name="Case">The case; its department is the one that finished it.</param>
/// <param name="Outcome">How it ended in Chinese, e.g. "已办结", "不予受理", "撤回".</param>
/// <param name="OnTime">Whether every deadline it had was met; null when it had none.</param>
/// <param name="ClosedAt">When it ended.</param>
public sealed record CaseClosed(OversightCase Case, string Outcome, bool? OnTime, DateTimeOffset ClosedAt);

/// <summary>A supervision notice (督办通知) was issued on a case, usually on an overdue step.</summary>
/// <param name="Case">The case; its department is the one the notice is addressed to.</param>
/// <param name="Deadline">The deadline the notice is about, when it is about one.</param>
/// <param name="Notice">The notice's text.</param>
/// <param name="IssuedBy">Who issued it (the business office's officer, from the server's identity).</param>
/// <param name="IssuedAt">When.</param>
public sealed record SupervisionNoticeIssued(OversightCase Case, string? Deadline, string Notice, string IssuedBy, DateTimeOffset IssuedAt);
