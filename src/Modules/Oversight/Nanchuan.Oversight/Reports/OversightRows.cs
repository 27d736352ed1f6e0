using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Oversight.Reports;

/// <summary>A deadline of any module's case as the oversight read side shows it.</summary>
/// <param name="WorkingDaysOver">Working days since it fell due (the district's calendar, holidays and make-up days included); null while not due.</param>
/// <param name="MetAt">When its step was done; null while it runs.</param>
/// <param name="ClosedAt">When the case closed with it still running.</param>
public sealed record OversightDeadline(
    string Module, string CaseType, Guid CaseId, string? CreditCode, string Department, string Deadline, string Limit, DateTimeOffset StartedAt,
    DateTimeOffset DueAt, DateTimeOffset? WarningAt, bool Warned, bool Overdue, DateTimeOffset? MetAt, bool? OnTime, DateTimeOffset? ClosedAt,
    decimal? WorkingDaysOver);

/// <summary>A case of any module as the oversight read side knows it.</summary>
public sealed record OversightCaseRow(
    Guid CaseId, string Module, string CaseType, string? CreditCode, string? Department, string? Title, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt,
    string? Outcome, bool? OnTime);

/// <summary>One fact of a case's oversight history: what happened (kind, one Chinese sentence), when, and which department it concerns.</summary>
public sealed record ThreadEntry(
    Guid EntryId, Guid CaseId, string Module, string CaseType, string Department, DateTimeOffset At, string Kind, string? Deadline, string Summary);

/// <summary>Reads the report tables back for the endpoints.</summary>
internal static class OversightRows
{
    private sealed record DeadlineRow(
        Guid CaseId, string Deadline, DateTimeOffset StartedAt, string Module, string CaseType, string? CreditCode, string Department, string LimitLabel,
        DateTimeOffset DueAt, DateTimeOffset? WarningAt, bool Warned, bool Overdue, DateTimeOffset? MetAt, bool? OnTime, DateTimeOffset? ClosedAt);

    public const string Open = "met_at is null and closed_at is null";

    public static async Task<IReadOnlyList<OversightDeadline>> DeadlinesAsync(
        IQuerySession session, IWorkingDayCalendar calendar, DateTimeOffset now, string where, string tail, CancellationToken cancellation, params object[] parameters)
    {
        var rows = await ReportReader.ReadAsync<DeadlineRow>(session,
            $"select * from {OversightReports.DeadlineRows.QualifiedName} where {where} order by due_at, case_id, deadline, started_at {tail}", cancellation, parameters);
        return [.. rows.Select(r => new OversightDeadline(r.Module, r.CaseType, r.CaseId, r.CreditCode, r.Department, r.Deadline, r.LimitLabel, r.StartedAt,
            r.DueAt, r.WarningAt, r.Warned, r.Overdue, r.MetAt, r.OnTime, r.ClosedAt, DaysOver(calendar, r, now)))];
    }

    public static Task<IReadOnlyList<OversightCaseRow>> CasesAsync(IQuerySession session, string where, CancellationToken cancellation, params object[] parameters) =>
        ReportReader.ReadAsync<OversightCaseRow>(session,
            $"select * from {OversightReports.CaseRows.QualifiedName} where {where} order by coalesce(opened_at, closed_at), case_id", cancellation, parameters);

    public static Task<IReadOnlyList<ThreadEntry>> EntriesAsync(IQuerySession session, string where, CancellationToken cancellation, params object[] parameters) =>
        ReportReader.ReadAsync<ThreadEntry>(session,
            $"select * from {OversightReports.ThreadEntries.QualifiedName} where {where} order by at, rank, entry_id", cancellation, parameters);

    /// <summary>
    /// At most <paramref name="take"/> entries newest first, after the position <paramref name="after"/> names (ADR 0181): one backward
    /// range of the <c>(credit_code, at, rank, entry_id)</c> index. The cursor holds the time and id of the last entry shown; its rank
    /// is read back by id (the key), so the token stays the kit's <see cref="ListCursor"/>.
    /// </summary>
    public static Task<IReadOnlyList<ThreadEntry>> EntriesNewestFirstAsync(
        IQuerySession session, string where, ListCursor? after, int take, CancellationToken cancellation, params object[] parameters)
    {
        var table = OversightReports.ThreadEntries.QualifiedName;
        var position = after is null ? "" : $" and (at, rank, entry_id) < (?::timestamptz, (select rank from {table} where entry_id = ?::uuid), ?::uuid)";
        object[] values = after is null ? parameters : [.. parameters, after.At, after.Id, after.Id];
        return ReportReader.ReadAsync<ThreadEntry>(session,
            $"select * from {table} where {where}{position} order by at desc, rank desc, entry_id desc limit {take}", cancellation, values);
    }

    /// <summary>A running deadline past due counts the working days from its due time to now; a met one up to when it was met.</summary>
    private static decimal? DaysOver(IWorkingDayCalendar calendar, DeadlineRow row, DateTimeOffset now)
    {
        var end = row.MetAt ?? row.ClosedAt ?? now;
        return end > row.DueAt ? calendar.WorkingDaysBetween(row.DueAt, end) : null;
    }
}
