namespace Nanchuan.BuildingBlocks.Platform.Audit;

/// <summary>The full, ordered history of one stream (case), as supervisors audit it.</summary>
public sealed record StreamHistory(
    Guid StreamId,
    string? CaseType,
    long Version,
    DateTimeOffset Created,
    DateTimeOffset LastUpdated,
    IReadOnlyList<AuditEntry> Events);

/// <summary>One event of a case: when, what (type and Chinese summary), who, and the data itself.</summary>
public sealed record AuditEntry(
    long Version,
    long Sequence,
    DateTimeOffset Timestamp,
    string EventType,
    string Summary,
    AuditActor Actor,
    string? CorrelationId,
    string? CausationId,
    object Data);

public sealed record AuditActor(string? Id, string? Name, string? Role, string? Department, string? Channel);

/// <summary>The case as it stood after <see cref="AsOfVersion"/> (time travel).</summary>
public sealed record StreamStateAsOf(Guid StreamId, string CaseType, long AsOfVersion, DateTimeOffset? AsOfTime, object? State);
