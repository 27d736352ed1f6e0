using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Audit;

namespace Nanchuan.Oversight.Cases;

/// <summary>
/// The case page: the case as the oversight read side knows it (its row, every deadline it had, its facts) beside its full
/// history in its module (the audit API's: actor, role, channel, time, Chinese summary and data of every event); no history
/// when the module keeps no stream of that id.
/// </summary>
public sealed record OversightCasePage(
    Guid CaseId, OversightCaseRow? Case, IReadOnlyList<OversightDeadline> Deadlines, IReadOnlyList<ThreadEntry> Entries, StreamHistory? History);

public static class GetCasePageEndpoint
{
    [WolverineGet($"{OversightModule.Route}/cases/{{id}}")]
    [Authorize(Roles = OversightAccess.Readers)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("案件页：督查信息与完整历史 / The case page: oversight rows beside the full history")]
    [EndpointDescription("Any module's case by its stream id: its oversight row, every deadline it had (running, met or ended by the closing) with working days over, its oversight facts, and the full history of its stream (as /api/audit/streams/{id}). The case as it stood at an event or moment: /api/oversight/cases/{id}/state. A department handler opens a case one of whose items is its department's; 404 for a case the oversight contract never mentioned.")]
    [ProducesResponseType<OversightCasePage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<OversightCasePage> Get(Guid id, IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var (row, deadlines, entries) = await ReadableAsync(id, session, calendar, time, cancellation);
        return new OversightCasePage(id, row, deadlines, entries, await HistoryAsync(id, session, cancellation));
    }

    [WolverineGet($"{OversightModule.Route}/cases/{{id}}/state")]
    [Authorize(Roles = OversightAccess.Readers)]
    [Tags(OversightModule.Tag)]
    [EndpointSummary("案件在某一事件或时刻的状态 / The case as it stood at an event (version) or moment")]
    [EndpointDescription("Time travel for the case page: the case rebuilt from its events up to `version` (inclusive) or `at` (ISO 8601 with offset), as /api/audit/streams/{id}/state, with the case page's access (a department handler: a case of its department).")]
    [ProducesResponseType<StreamStateAsOf>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<StreamStateAsOf> GetState(
        Guid id, long? version, string? at, IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        await ReadableAsync(id, session, calendar, time, cancellation);
        return await AuditEndpoints.GetStateAsOfForAdmittedReader(id, version, at, session, cancellation);
    }

    private static async Task<StreamHistory?> HistoryAsync(Guid id, IQuerySession session, CancellationToken cancellation)
    {
        try
        {
            // The read side's own rule admitted the reader (ADR 0108): a case of any module, masked unless the reader handles it.
            return await AuditEndpoints.GetHistoryForAdmittedReader(id, session, cancellation);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private static async Task<(OversightCaseRow?, IReadOnlyList<OversightDeadline>, IReadOnlyList<ThreadEntry>)> ReadableAsync(
        Guid id, IQuerySession session, IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        var row = (await OversightRows.CasesAsync(session, "case_id = ?", cancellation, id)).SingleOrDefault();
        var deadlines = await OversightRows.DeadlinesAsync(session, calendar, time.GetUtcNow(), "case_id = ?", "", cancellation, id);
        var entries = await OversightRows.EntriesAsync(session, "case_id = ?", cancellation, id);
        if (row is null && entries.Count == 0) throw new NotFoundException($"督查信息中没有编号为 {id} 的案件 / no case with id {id} in the oversight records.");
        OversightAccess.EnsureMayReadCase(CurrentActor.Value, entries.Select(e => e.Department));
        return (row, deadlines, entries);
    }
}
