using System.Reflection;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine.Http;

namespace Nanchuan.BuildingBlocks.Platform.Audit;

/// <summary>Platform rule 2: the full history of any stream and the case as it stood at a time or version.</summary>
public static class AuditEndpoints
{
    public const string AuditorRoles = $"{Roles.Supervisor},{Roles.BusinessOffice},{Roles.Admin}";

    /// <summary>The auditors, and department handlers for the cases they handle (<see cref="AuditReader"/>).</summary>
    public const string HistoryReaderRoles = $"{AuditorRoles},{Roles.DepartmentHandler}";

    [WolverineGet("/api/audit/streams/{id}")]
    [Authorize(Roles = HistoryReaderRoles)]
    [Tags("Audit")]
    [EndpointSummary("案件完整历史 / Full ordered history of a case (any stream)")]
    [EndpointDescription("Every event of the stream in order: version, server time, event type, a readable Chinese summary, the actor (id, role, department, channel), correlation and causation ids, and the event data. Supervisors, the BusinessOffice and admins read every case; a department handler reads a case its module says they handle. Natural persons' personal data (names, identity numbers, phones) is masked (张**, 138****0000) for everyone but those handling the case; the stored events are unchanged.")]
    [ProducesResponseType<StreamHistory>(StatusCodes.Status200OK)]
    [ProducesResponseType<Microsoft.AspNetCore.Mvc.ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<Microsoft.AspNetCore.Mvc.ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static Task<StreamHistory> GetHistory(Guid id, IQuerySession session, CancellationToken cancellation) =>
        HistoryAsync(id, session, admitted: false, cancellation);

    /// <summary>
    /// The history for a reader another endpoint's access rule already admitted to the case (the oversight case page: a department
    /// handler with an item of the case, ADR 0108): not refused by the audit rule; personal data masked unless the case type says the
    /// reader handles it.
    /// </summary>
    public static Task<StreamHistory> GetHistoryForAdmittedReader(Guid id, IQuerySession session, CancellationToken cancellation) =>
        HistoryAsync(id, session, admitted: true, cancellation);

    /// <summary>The case as it stood, for a reader admitted as in <see cref="GetHistoryForAdmittedReader"/>.</summary>
    public static Task<StreamStateAsOf> GetStateAsOfForAdmittedReader(Guid id, long? version, string? at, IQuerySession session, CancellationToken cancellation) =>
        StateAsOfAsync(id, version, at, session, admitted: true, cancellation);

    private static async Task<StreamHistory> HistoryAsync(Guid id, IQuerySession session, bool admitted, CancellationToken cancellation)
    {
        var state = await session.Events.FetchStreamStateAsync(id, cancellation) ?? throw NotFound(id);
        var reader = await ReaderAsync(session, state.AggregateType, id, state.Version, admitted, cancellation);
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        return new StreamHistory(id, state.AggregateType?.Name, state.Version, state.Created, state.LastTimestamp,
            events.Select(e => ToEntry(e, reader)).ToList());
    }

    [WolverineGet("/api/audit/streams/{id}/state")]
    [Authorize(Roles = HistoryReaderRoles)]
    [Tags("Audit")]
    [EndpointSummary("案件在某一时刻或版本的状态 / The case as it stood at a given version or time")]
    [EndpointDescription("Rebuilds the case from its events up to `version` (inclusive) or up to `at` (an ISO 8601 time with any offset, e.g. `2024-05-08T10:00:00+08:00`; an unescaped `+`, which arrives as a space, is read as `+`). Without either, the current state. A version beyond the stream's last, or a time before the case existed, is 404. Readers and personal-data masking as for the history.")]
    [ProducesResponseType<StreamStateAsOf>(StatusCodes.Status200OK)]
    [ProducesResponseType<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<Microsoft.AspNetCore.Mvc.ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<Microsoft.AspNetCore.Mvc.ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static Task<StreamStateAsOf> GetStateAsOf(Guid id, long? version, string? at, IQuerySession session, CancellationToken cancellation) =>
        StateAsOfAsync(id, version, at, session, admitted: false, cancellation);

    private static async Task<StreamStateAsOf> StateAsOfAsync(Guid id, long? version, string? at, IQuerySession session, bool admitted, CancellationToken cancellation)
    {
        if (version is < 1) throw new DomainValidationException("version", "版本号从1开始 / version starts at 1.");
        if (version is not null && at is not null) throw new DomainValidationException("at", "版本与时间只能指定其一 / give either version or at, not both.");
        var asOf = at is null ? (DateTimeOffset?)null : QueryInstant.Parse("at", at);
        var stream = await session.Events.FetchStreamStateAsync(id, cancellation) ?? throw NotFound(id);
        var reader = await ReaderAsync(session, stream.AggregateType, id, stream.Version, admitted, cancellation);
        if (version > stream.Version)
            throw new NotFoundException($"案件 {id} 只有 {stream.Version} 个版本，没有第 {version} 版 / case {id} has {stream.Version} versions, not {version}.");
        var caseType = stream.AggregateType
            ?? throw new DomainValidationException("id", "该事件流没有声明案件类型，无法重建状态 / this stream has no declared case type, so its state cannot be rebuilt.");
        var events = await session.Events.FetchStreamAsync(id, version ?? 0, asOf, token: cancellation);
        if (events.Count == 0) throw new NotFoundException($"案件 {id} 在该时刻尚不存在 / case {id} did not exist yet at that point.");
        var state = await Fold(session, caseType, events, cancellation);
        return new StreamStateAsOf(id, caseType.Name, events[^1].Version, events[^1].Timestamp, reader.Shown(state));
    }

    /// <summary>
    /// Who handles the case is a question for its state now, asked only of a case type that can answer it: its inline snapshot
    /// (one row by key), or for a type without one the stream folded whole (ADR 0167).
    /// </summary>
    private static async Task<AuditReader> ReaderAsync(IQuerySession session, Type? caseType, Guid id, long version, bool admitted, CancellationToken cancellation) =>
        AuditReader.For(CurrentActor.Value, AuditReader.CanHandle(caseType) ? await CurrentAsync(session, caseType!, id, version, cancellation) : null, admitted);

    private static AuditEntry ToEntry(IEvent e, AuditReader reader)
    {
        string? Header(string key) => e.Headers is not null && e.Headers.TryGetValue(key, out var value) ? value?.ToString() : null;
        var data = reader.Shown(e.Data)!;
        var summary = data is IDescribedEvent described ? described.Describe() : e.EventTypeName;
        return new AuditEntry(e.Version, e.Sequence, e.Timestamp, e.EventTypeName, summary,
            new AuditActor(Header(EventHeaders.ActorId) ?? e.UserName, Header(EventHeaders.ActorName), Header(EventHeaders.Role),
                Header(EventHeaders.Department), Header(EventHeaders.Channel)),
            e.CorrelationId, e.CausationId, data);
    }

    private static readonly MethodInfo CurrentMethod = typeof(AuditEndpoints).GetMethod(nameof(CurrentTyped), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FoldMethod = typeof(AuditEndpoints).GetMethod(nameof(FoldTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<object?> CurrentAsync(IQuerySession session, Type caseType, Guid id, long version, CancellationToken cancellation) =>
        (Task<object?>)CurrentMethod.MakeGenericMethod(caseType).Invoke(null, [session, id, version, cancellation])!;

    private static Task<object?> Fold(IQuerySession session, Type caseType, IReadOnlyList<IEvent> events, CancellationToken cancellation) =>
        (Task<object?>)FoldMethod.MakeGenericMethod(caseType).Invoke(null, [session, events, cancellation])!;

    private static async Task<object?> CurrentTyped<T>(IQuerySession session, Guid id, long version, CancellationToken cancellation) where T : class =>
        InlineSnapshots.Keeps(session.DocumentStore, typeof(T))
            ? await session.LoadAsync<T>(id, cancellation)
            : await session.Events.AggregateStreamAsync<T>(id, version, token: cancellation);

    private static async Task<object?> FoldTyped<T>(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken cancellation) where T : class =>
        await CaseStreams.FoldAsync<T>(session, events, cancellation);

    private static NotFoundException NotFound(Guid id) => new($"没有编号为 {id} 的案件 / no case with id {id}.");
}
