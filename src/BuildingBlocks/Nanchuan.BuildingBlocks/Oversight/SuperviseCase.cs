namespace Nanchuan.BuildingBlocks.Oversight;

/// <summary>
/// 督办 asked of the module that owns a case (platform rule 4, ADR 0107): the oversight contract's one command for every case
/// type whose module watches its deadlines on the platform's capability and opted in to supervision. Invoked in-process with a
/// reply (the module's <c>CaseStepRecorded</c>), so the module's refusal is the caller's answer and nothing is written. Its full
/// type name is its wire identity — do not move it.
/// </summary>
/// <param name="Module">The module, as the oversight contract names it (e.g. "Licensing").</param>
/// <param name="CaseType">The case type within the module, the name its deadlines use (e.g. "service-application").</param>
/// <param name="CaseId">The case's stream id.</param>
/// <param name="Demand">督办要求: what the responsible department is told to do, and by when.</param>
public sealed record SuperviseCase(string Module, string CaseType, Guid CaseId, string Demand);
