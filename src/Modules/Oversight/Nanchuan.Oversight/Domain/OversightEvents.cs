using System.Globalization;
using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Oversight.Domain;

/// <summary>A message of the oversight contract as the file of its case records it: the message itself, and the key that makes filing it twice a no-op.</summary>
public interface IOversightFiled : IDescribedEvent
{
    Guid FileId { get; }

    // Methods, not properties, so they never enter the stored JSON (as Describe).

    /// <summary>Identifies the message among the case's: equal for a redelivery, different for any new fact.</summary>
    string Fact();

    OversightCase Case();

    /// <summary>When it happened in the module.</summary>
    DateTimeOffset At();
}

/// <summary>Chinese wording shared by the events' sentences.</summary>
internal static class Wording
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string Time(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Key(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static string OnTime(bool? onTime) => onTime switch { true => "按时", false => "超期", null => "无时限" };
}

/// <summary>A case was opened in its module (<see cref="CaseOpened"/>).</summary>
public sealed record OversightCaseOpened(Guid FileId, CaseOpened Message) : IOversightFiled
{
    public string Fact() => "opened";
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.OpenedAt;
    public string Describe() => $"受理：{Message.Title}（{Message.Case.Department}）";
}

/// <summary>A case ended in its module (<see cref="CaseClosed"/>); <paramref name="Running"/> are the deadlines that ran until then (name → start).</summary>
/// <param name="WasOpened">Whether the file had the case's opening: a case closed unseen takes its department and month from the closing.</param>
public sealed record OversightCaseClosed(Guid FileId, CaseClosed Message, IReadOnlyDictionary<string, DateTimeOffset> Running, bool WasOpened) : IOversightFiled
{
    public string Fact() => "closed";
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.ClosedAt;
    public string Describe() => $"办结：{Message.Outcome}（{Message.Case.Department}，{Wording.OnTime(Message.OnTime)}）";
}

/// <summary>A 督办 was issued on the case (<see cref="SupervisionNoticeIssued"/>).</summary>
public sealed record OversightNoticeFiled(Guid FileId, SupervisionNoticeIssued Message) : IOversightFiled
{
    public string Fact() => $"notice:{Message.Deadline}:{Wording.Key(Message.IssuedAt)}";
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.IssuedAt;
    public string Describe() => $"督办：{Message.Notice}（{Message.IssuedBy}致{Message.Case.Department}）";
}

/// <summary>The case was given a number after its opening (<see cref="CaseNumbered"/>).</summary>
public sealed record OversightCaseNumbered(Guid FileId, CaseNumbered Message) : IOversightFiled
{
    public string Fact() => $"number:{Message.Number}";
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.At;
    public string Describe() => $"编号：{Message.Label}{Message.Number}（{Message.Case.Department}）";
}

/// <summary>The enterprise rated the service on the case (<see cref="CaseRated"/>).</summary>
public sealed record OversightCaseRated(Guid FileId, CaseRated Message) : IOversightFiled
{
    public string Fact() => $"rated:{Message.RatingId:D}";
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.RatedAt;
    public string Describe() => $"企业评价：{Message.Rating.ToChinese()}（{Message.Case.Department}）";
}

/// <summary>A rating was struck from the figures (<see cref="CaseRatingStruck"/>).</summary>
public sealed record OversightRatingStruck(Guid FileId, CaseRatingStruck Message) : IOversightFiled
{
    public string Fact() => $"struck:{Message.RatingId:D}";
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.StruckAt;
    public string Describe() => $"评价不计入满意率：{Message.Reason}（{Message.Case.Department}）";
}

/// <summary>A service item entered a module's catalogue (<see cref="CatalogueItemListed"/>): its file is the item's, not a case's.</summary>
public sealed record OversightCatalogueItemListed(Guid FileId, CatalogueItemListed Message) : IOversightFiled
{
    public string Fact() => "listed";
    public OversightCase Case() => Message.Item;
    public DateTimeOffset At() => Message.ListedAt;
    public string Describe() => $"事项清单：{Message.Name}（{Message.Code}），法定{Message.StatutoryWorkingDays}个工作日，承诺{Message.PromisedWorkingDays}个工作日";
}

/// <summary>A deadline started (<see cref="DeadlineSet"/>).</summary>
public sealed record OversightDeadlineSet(Guid FileId, DeadlineSet Message) : IOversightFiled
{
    public string Fact() => $"set:{Message.Deadline}:{Wording.Key(Message.StartedAt)}";
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.StartedAt;
    public string Describe() => $"时限开始：{Message.Deadline}，{Message.Limit}，{Wording.Time(Message.DueAt)}到期（{Message.Case.Department}）";
}

/// <summary>
/// A deadline's warning fired (<see cref="DeadlineWarned"/>); <paramref name="StartedAt"/> is its clock's start (its row's key), null
/// when it changes no row: its setting not received yet, or the fact outdated (<see cref="OversightFile.RowOf"/>). The same for the
/// other deadline facts.
/// </summary>
public sealed record OversightDeadlineWarned(Guid FileId, DeadlineWarned Message, DateTimeOffset? StartedAt) : IOversightFiled
{
    public string Fact() => $"warned:{Message.Deadline}:{Wording.Key(Message.DueAt)}";
    public OversightFile.DeadlineFact DeadlineFact() => OversightFile.DeadlineFact.Of(Message);
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.WarnedAt;
    public string Describe() => $"时限预警：{Message.Deadline}将于{Wording.Time(Message.DueAt)}到期（{Message.Case.Department}）";
}

/// <summary>A deadline passed with its step open (<see cref="DeadlineOverdue"/>).</summary>
public sealed record OversightDeadlineOverdue(Guid FileId, DeadlineOverdue Message, DateTimeOffset? StartedAt) : IOversightFiled
{
    public string Fact() => $"overdue:{Message.Deadline}:{Wording.Key(Message.DueAt)}";
    public OversightFile.DeadlineFact DeadlineFact() => OversightFile.DeadlineFact.Of(Message);
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.DetectedAt;
    public string Describe() => $"超期：{Message.Deadline}应于{Wording.Time(Message.DueAt)}前完成（{Message.Case.Department}）";
}

/// <summary>A running deadline moved (<see cref="DeadlineRecomputed"/>).</summary>
public sealed record OversightDeadlineMoved(Guid FileId, DeadlineRecomputed Message, DateTimeOffset? StartedAt) : IOversightFiled
{
    public string Fact() => $"moved:{Message.Deadline}:{Wording.Key(Message.DueAt)}";
    public OversightFile.DeadlineFact DeadlineFact() => OversightFile.DeadlineFact.Of(Message);
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.RecomputedAt;
    public string Describe() => $"时限调整：{Message.Deadline}由{Wording.Time(Message.PreviousDueAt)}改为{Wording.Time(Message.DueAt)}（{Message.Reason}）";
}

/// <summary>A deadline's step was done (<see cref="DeadlineMet"/>).</summary>
public sealed record OversightDeadlineMet(Guid FileId, DeadlineMet Message, DateTimeOffset? StartedAt) : IOversightFiled
{
    public string Fact() => $"met:{Message.Deadline}:{Wording.Key(Message.DueAt)}";
    public OversightFile.DeadlineFact DeadlineFact() => OversightFile.DeadlineFact.Of(Message);
    public OversightCase Case() => Message.Case;
    public DateTimeOffset At() => Message.MetAt;
    public string Describe() => $"时限完成：{Message.Deadline}，{Wording.OnTime(Message.OnTime)}（{Message.Case.Department}）";
}

/// <summary>
/// A deadline's setting arrived after facts of it (two nodes filed them out of order, ADR 0150): <paramref name="Applied"/> of the
/// <paramref name="Claimed"/> facts change its new row now, in the order they happened, and <paramref name="ClosedAt"/> ends it
/// when the case's closing came first. Each fact entered the thread when it arrived: this adds no thread entry.
/// </summary>
public sealed record OversightDeadlineCaughtUp(
    Guid FileId, OversightCase Concerning, string Deadline, DateTimeOffset StartedAt, IReadOnlyList<OversightFile.DeadlineFact> Claimed,
    IReadOnlyList<OversightFile.DeadlineFact> Applied, DateTimeOffset? ClosedAt) : IOversightFiled
{
    public string Fact() => $"caught-up:{Deadline}:{Wording.Key(StartedAt)}";
    public OversightCase Case() => Concerning;
    public DateTimeOffset At() => StartedAt;
    public string Describe() => $"时限补记：{Deadline}的时限设定晚于其{Claimed.Count}项后续事实送达，已按发生顺序计入{(ClosedAt is null ? "" : "，并随案件办结终止")}（{Concerning.Department}）";
}
