using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Erasure;

/// <summary>The cases of PIPL art. 47 (个人信息保护法第四十七条) in which personal information must be deleted.</summary>
public enum LegalBasis
{
    /// <summary>47(1) 处理目的已实现、无法实现或者为实现处理目的不再必要.</summary>
    PurposeAchieved,
    /// <summary>47(2) 停止提供产品或者服务，或者保存期限已届满.</summary>
    ServiceEndedOrRetentionExpired,
    /// <summary>47(3) 个人撤回同意.</summary>
    ConsentWithdrawn,
    /// <summary>47(4) 违反法律、行政法规或者违反约定处理个人信息.</summary>
    UnlawfulProcessing,
    /// <summary>47(5) 法律、行政法规规定的其他情形.</summary>
    OtherLegalProvision,
}

/// <summary>A stream whose events were rewritten, and its last seal before and after (ADR 0089).</summary>
/// <param name="StreamId">The stream.</param>
/// <param name="Versions">The versions whose data was rewritten.</param>
/// <param name="SealBefore">The stream's last seal before the erasure (null for unsealed history).</param>
/// <param name="SealAfter">Its last seal after: the chain was resealed from the first rewritten version.</param>
public sealed record ErasedStream(Guid StreamId, IReadOnlyList<long> Versions, string? SealBefore, string SealAfter);

/// <summary>A read-model document whose copy of the data was erased.</summary>
/// <param name="Table">The document table, `schema.mt_doc_…`.</param>
/// <param name="Id">The document id.</param>
public sealed record ErasedDocument(string Table, string Id);

/// <summary>
/// 个人信息删除: one person's data was erased from every event and read model holding it, on a lawful request (ADR 0087).
/// Records no erased value: the subject as the platform masks it (138****5678, 王**).
/// </summary>
/// <param name="ErasureId">This erasure, also its stream's id.</param>
/// <param name="Subject">The identifier erased (a phone or identity number), masked.</param>
/// <param name="SubjectName">The name erased with it, masked; null when none was given.</param>
/// <param name="LegalBasis">The case of PIPL art. 47.</param>
/// <param name="RequestReference">The request's reference (the person's written request, a court order…).</param>
/// <param name="ErasedById">Who erased (from the server's identity).</param>
/// <param name="ErasedByName">Their name.</param>
/// <param name="ErasedByRole">Their role.</param>
/// <param name="ErasedAt">When.</param>
/// <param name="Streams">Every stream rewritten, with its seals.</param>
/// <param name="Documents">Every read-model document rewritten.</param>
public sealed record PersonalDataErased(
    Guid ErasureId, string Subject, string? SubjectName, LegalBasis LegalBasis, string RequestReference,
    string ErasedById, string ErasedByName, string ErasedByRole, DateTimeOffset ErasedAt,
    IReadOnlyList<ErasedStream> Streams, IReadOnlyList<ErasedDocument> Documents) : IDescribedEvent
{
    public string Describe() =>
        $"{ErasedByName}依《个人信息保护法》第四十七条删除{Subject}{(SubjectName is null ? "" : $"（{SubjectName}）")}的个人信息（{RequestReference}）：{Streams.Count}个事件流，{Documents.Count}份读模型";
}
