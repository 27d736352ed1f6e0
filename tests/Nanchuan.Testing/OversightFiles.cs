using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Oversight.Domain;
using Wolverine.Tracking;

namespace Nanchuan.Testing;

/// <summary>
/// What oversight filed for a module's case (ADR 0073): the events of its file with the transaction that appended each, and its rows,
/// to compare with the same facts filed as separate messages (ADR 0204: an opening carries the deadlines it started).
/// </summary>
public static class OversightFiles
{
    /// <summary>The events of the case's file, oldest first: each as its stored type and the transaction that inserted it (the row's xmin).</summary>
    public static async Task<IReadOnlyList<(string Type, string Transaction)>> FilingsAsync(this PlatformHost platform, Guid caseId) =>
        [.. (await platform.SqlRowsAsync($"select type, xmin::text from events.mt_events where stream_id = '{OversightFile.IdOf(caseId)}' order by version"))
            .Select(row => row.Split('|')).Select(columns => (columns[0], columns[1]))];

    /// <summary>The case's case row and deadline rows, the case's id written "&lt;case&gt;" so that two cases' rows compare.</summary>
    public static async Task<IReadOnlyList<string>> OversightRowsAsync(this PlatformHost platform, Guid caseId) =>
        [.. (await platform.SqlRowsAsync(
                $"select 'case', row(c.*)::text from oversight.case_rows c where case_id = '{caseId}' union all " +
                $"select 'deadline', row(d.*)::text from oversight.deadline_rows d where case_id = '{caseId}' order by 1, 2"))
            .Select(row => row.Replace(caseId.ToString(), "<case>"))];

    /// <summary>
    /// Files <paramref name="messages"/> (an opening without its deadlines, deadline settings) one envelope each, in the order given, as a case of a new
    /// id — as a module published them before its opening carried its deadlines — and answers that case's rows (<see cref="OversightRowsAsync"/>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> RowsFiledApartAsync(this PlatformHost platform, params object[] messages)
    {
        var apart = Guid.NewGuid();
        OversightCase Moved(OversightCase @case) => @case with { CaseId = apart };
        foreach (var message in messages)
            await platform.Host.InvokeMessageAndWaitAsync(message switch
            {
                CaseOpened opened => opened with { Case = Moved(opened.Case), Deadline = null, MoreDeadlines = null },
                DeadlineSet set => set with { Case = Moved(set.Case) },
                _ => throw new ArgumentException($"{message.GetType().Name} is not filed apart here.", nameof(messages)),
            });
        return await platform.OversightRowsAsync(apart);
    }
}
