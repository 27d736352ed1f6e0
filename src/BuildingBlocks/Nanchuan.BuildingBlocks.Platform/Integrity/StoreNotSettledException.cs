namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// A digest "up to now" found appends still in flight after <paramref name="waited"/> (ADR 0260): its last sequence number
/// cannot be fixed yet without leaving one of them out. Answered with 503; the daily run tries again a few minutes later.
/// </summary>
public sealed class StoreNotSettledException(TimeSpan waited) : Exception(
    $"仍有写入在进行中，等待 {waited.TotalSeconds:0} 秒后仍无法确定摘要所覆盖的范围，请稍后重试 / " +
    $"appends were still in flight after {waited.TotalSeconds:0} s, so the digest's last sequence number cannot be fixed yet: try again later.");
