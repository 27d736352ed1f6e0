namespace Nanchuan.LandUse.Domain.Events;

/// <summary>What the project is, fixed at its start: decides its conditional materials.</summary>
public sealed record ProjectTraits(bool SmallLowRiskSocialInvestment, bool MajorOrSpecialWorks, bool CollectiveOrJointHousing);

/// <summary>A land-use project started and got its one code (赋码).</summary>
public sealed record LandUseProjectStarted(
    Guid ProjectId, string Code, SupplyType SupplyType, string ProjectName, string CreditCode, string EnterpriseName,
    ProjectTraits Traits, DateTimeOffset StartedAt) : IDescribedEvent
{
    public string Describe() => $"项目“{ProjectName}”赋码 {Code}（{(SupplyType == SupplyType.Transfer ? "出让" : "划拨")}）";
}

/// <summary>One call to another system's interface (simulated adapter), successful or not.</summary>
public sealed record AdapterCall(ExternalSystem System, string Interface, string MaterialId, int Attempt, bool Succeeded, string? Reference, string? Error);

/// <summary>A material as it was filed at the stage: who supplied it and the reference of the document.</summary>
public sealed record FiledMaterial(string MaterialId, string Name, MaterialDisposition Disposition, string Reference);

/// <summary>A stage was accepted (受理): the computed requirements, what the applicant brought, what was fetched or attached.</summary>
/// <param name="WindowTrip">True when the applicant handed materials in at the window (一次跑); stages 3 and 4 never have one.</param>
/// <param name="TopographicMapSurveyedOn">The survey date of the map now in the file, when this stage brought one.</param>
public sealed record StageAccepted(
    Guid ProjectId, string Code, int Stage, string StageName, IReadOnlyList<MaterialRequirement> Requirements,
    IReadOnlyList<FiledMaterial> Filed, IReadOnlyList<AdapterCall> AdapterCalls, bool WindowTrip, bool CommitmentRoute,
    DateOnly? TopographicMapSurveyedOn, DateTimeOffset AcceptedAt) : IDescribedEvent
{
    public int ApplicantMaterials => Filed.Count(f => f.Disposition == MaterialDisposition.ApplicantBrings);

    public string Describe() => $"{Code} 第{Stage}环节“{StageName}”受理：申请人提交{ApplicantMaterials}件，共享获取{Filed.Count(f => f.Disposition == MaterialDisposition.FetchedFromSystem)}件，自动关联{Filed.Count(f => f.Disposition == MaterialDisposition.AttachedFromEarlierStage)}件{(WindowTrip ? "，窗口跑动1次" : "，零跑动")}";
}

/// <summary>An exempt material could not be fetched after every retry: the stage waits, the enterprise is not asked for it.</summary>
public sealed record ExternalFetchFailed(Guid ProjectId, string Code, int Stage, ExternalSystem System, string MaterialId, IReadOnlyList<AdapterCall> Attempts, DateTimeOffset FailedAt) : IDescribedEvent
{
    public string Describe() => $"{Code} 第{Stage}环节从{System}获取材料 {MaterialId} 失败（重试{Attempts.Count}次），未受理";
}

/// <summary>A numbered output (办理成果) of a stage: land list, contract, permit, certificate.</summary>
public sealed record StageOutput(string Key, string Name, string Number);

/// <summary>A stage was completed (办结) with its outputs.</summary>
/// <param name="WorkingDays">Elapsed working days from acceptance to completion.</param>
public sealed record StageCompleted(Guid ProjectId, string Code, int Stage, IReadOnlyList<StageOutput> Outputs, DateTimeOffset CompletedAt, decimal WorkingDays) : IDescribedEvent
{
    public string Describe() => $"{Code} 第{Stage}环节办结，成果：{string.Join("、", Outputs.Select(o => $"{o.Name}（{o.Number}）"))}，用时{WorkingDays}个工作日";
}
