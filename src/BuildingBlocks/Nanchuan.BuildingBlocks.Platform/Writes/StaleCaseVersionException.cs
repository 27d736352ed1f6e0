namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>The client's <c>If-Match</c> named a version the case has moved past (or not reached). Rendered as 409.</summary>
public sealed class StaleCaseVersionException(string caseId, long expectedVersion, long currentVersion)
    : Exception($"案件 {caseId} 当前为第 {currentVersion} 版，请求基于第 {expectedVersion} 版；请刷新后重试 / case {caseId} is at version {currentVersion}, the request was based on version {expectedVersion}; reload it and try again.")
{
    public long ExpectedVersion { get; } = expectedVersion;
    public long CurrentVersion { get; } = currentVersion;
}
