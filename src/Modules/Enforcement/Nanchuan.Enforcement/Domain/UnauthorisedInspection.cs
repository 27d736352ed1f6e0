namespace Nanchuan.Enforcement.Domain;

public enum UnauthorisedSource
{
    /// <summary>A department tried to record an inspection with neither a plan entry nor an exception.</summary>
    RecordAttempt,

    /// <summary>The enterprise reported an inspection it thinks unauthorised.</summary>
    EnterpriseReport,

    /// <summary>A visit registered on entering (扫码入企) rested on neither a plan entry nor an exception inspection.</summary>
    VisitRegistered,
}

public enum UnauthorisedStatus
{
    /// <summary>待核实.</summary>
    AwaitingVerification,

    /// <summary>核实：未违规 (closed).</summary>
    NotConfirmed,

    /// <summary>核实：擅自检查属实, awaiting referral.</summary>
    Confirmed,

    /// <summary>已移交有权部门处理 (closed).</summary>
    Referred,
}

/// <summary>How the Justice Bureau verified (通过受理投诉举报、开展专项监督等形式).</summary>
public enum VerificationMethod
{
    Complaint,
    SpecialSupervision,
}

/// <summary>
/// 不按规定擅自检查: a suspected unauthorised inspection, recorded for the Justice Bureau, verified and, when it broke the rules,
/// referred to the competent authority (移交有权部门处理). Each step is an event.
/// </summary>
public sealed class UnauthorisedInspection : IErasureCounted, ICaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    long ICaseView.Version => Version;

    public UnauthorisedSource Source { get; set; }
    public string Quarter { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Department { get; set; } = "";
    public DateTimeOffset VisitedAt { get; set; }
    public string Description { get; set; } = "";
    public UnauthorisedStatus Status { get; set; }
    public VerificationMethod? VerifiedBy { get; set; }
    public string? Verification { get; set; }
    public string? ReferredTo { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public static UnauthorisedInspection Create(UnauthorisedInspectionRecorded e) => new()
    {
        Id = e.CaseId, Source = e.Source, Quarter = e.Quarter, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Department = e.Department,
        VisitedAt = e.VisitedAt, Description = e.Description, RecordedAt = e.RecordedAt, Status = UnauthorisedStatus.AwaitingVerification,
    };

    public void Apply(UnauthorisedInspectionVerified e)
    {
        Status = e.Confirmed ? UnauthorisedStatus.Confirmed : UnauthorisedStatus.NotConfirmed;
        VerifiedBy = e.Method;
        Verification = e.Finding;
        if (!e.Confirmed) ClosedAt = e.VerifiedAt;
    }

    public void Apply(UnauthorisedInspectionReferred e)
    {
        Status = UnauthorisedStatus.Referred;
        ReferredTo = e.Authority;
        ClosedAt = e.ReferredAt;
    }
}

/// <param name="EnterpriseName">As given or as the plan knows it; the credit code is what identifies the enterprise.</param>
public sealed record UnauthorisedInspectionRecorded(
    Guid CaseId,
    UnauthorisedSource Source,
    string Quarter,
    string CreditCode,
    string EnterpriseName,
    string Department,
    DateTimeOffset VisitedAt,
    string Description,
    DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => Source switch
    {
        UnauthorisedSource.RecordAttempt => $"{Department}对{EnterpriseName}的检查既不在季度计划内也非例外检查，记为不按规定擅自检查，待区司法局核实",
        UnauthorisedSource.VisitRegistered => $"{Department}入企检查{EnterpriseName}时既无计划条目也无例外检查，记为不按规定擅自检查，待区司法局核实",
        _ => $"{EnterpriseName}反映{Department}不按规定擅自检查，待区司法局核实",
    };
}

public sealed record UnauthorisedInspectionVerified(Guid CaseId, VerificationMethod Method, bool Confirmed, string Finding, DateTimeOffset VerifiedAt) : IDescribedEvent
{
    public string Describe() => $"区司法局核实（{(Method == VerificationMethod.Complaint ? "受理投诉举报" : "专项监督")}）：{(Confirmed ? "擅自检查属实" : "未发现违规")}。{Finding}";
}

public sealed record UnauthorisedInspectionReferred(Guid CaseId, string Authority, string? Note, DateTimeOffset ReferredAt) : IDescribedEvent
{
    public string Describe() => $"移交{Authority}处理" + (Note is null ? "" : $"：{Note}");
}
