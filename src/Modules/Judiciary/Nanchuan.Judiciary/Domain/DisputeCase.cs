using System.Text.Json.Serialization;
using Nanchuan.BuildingBlocks.PersonalData;

namespace Nanchuan.Judiciary.Domain;

/// <summary>Where the dispute stands in the court's process (诉前、诉讼、执行).</summary>
public enum DisputeStage
{
    /// <summary>诉前: not yet filed as a lawsuit; mediated first.</summary>
    PreLitigation,

    /// <summary>诉讼: in litigation.</summary>
    Litigation,

    /// <summary>执行: judgment given, in the enforcement stage (执行前调解、执行和解).</summary>
    Enforcement,
}

/// <summary>Where the comprehensive handling (综合调处) stands.</summary>
public enum DisputeStatus
{
    /// <summary>已登记: filed at the court, not referred.</summary>
    Filed,

    /// <summary>待交办: with the district conflict-mediation centre, waiting for a unit (referred, or handed back).</summary>
    AwaitingAssignment,

    /// <summary>调处中: a responsible unit mediates within its limit.</summary>
    Mediating,

    /// <summary>调处成功: the unit reported the dispute resolved.</summary>
    Resolved,

    /// <summary>调处不成: the unit reported that mediation failed; the court's process goes on.</summary>
    Unresolved,
}

public enum PartyKind
{
    /// <summary>A company or other organisation.</summary>
    Organisation,

    /// <summary>A natural person: name and phone are personal data.</summary>
    NaturalPerson,
}

/// <summary>A party to the dispute other than the enterprise the case is about.</summary>
/// <param name="Name">Personal data for a natural person: shown only to those handling the case.</param>
/// <param name="Phone">Personal data for a natural person: shown only to those handling the case.</param>
public sealed record Party(PartyKind Kind, string Name, string? Phone)
{
    /// <summary>A natural person's name and phone masked (李**, 138****5678); an organisation's are not personal data.</summary>
    public Party Masked() => Kind == PartyKind.NaturalPerson
        ? this with { Name = PersonalDataMasks.Name(Name), Phone = Phone is null ? null : PersonalDataMasks.Phone(Phone) }
        : this;

    public static IReadOnlyList<Party> MaskAll(IEnumerable<Party> parties) => [.. parties.Select(p => p.Masked())];
}

/// <summary>The mediation a responsible unit owes (限时调处), watched as a deadline (platform rule 4) and paused when the parties ask for time.</summary>
public sealed record Mediation(
    string Unit, int WorkingDays, DateTimeOffset Start, DateTimeOffset DueAt, bool Warned, bool Overdue, TimeSpan PausedFor, DateTimeOffset? PausedAt, string? PauseReason);

/// <summary>A unit gave a wrongly assigned case back to the centre.</summary>
public sealed record HandBack(string Unit, string Reason, DateTimeOffset At);

/// <summary>法治体检: a joint consultation on one matter (一事一议) and the mediation plan agreed.</summary>
public sealed record Consultation(Guid Id, string Matter, IReadOnlyList<string> Departments, IReadOnlyList<string> Participants, string Plan, DateTimeOffset HeldAt);

/// <summary>How a preservation application is secured.</summary>
public enum PreservationSecurity
{
    /// <summary>现金担保: a cash deposit.</summary>
    CashDeposit,

    /// <summary>保全+保险: a guarantee policy (诉讼保全责任保险) stands in for the deposit.</summary>
    GuaranteePolicy,
}

/// <summary>诉讼保全: an application and its security.</summary>
public sealed record Preservation(Guid Id, decimal Amount, PreservationSecurity Security, string? Insurer, string? PolicyNumber, DateTimeOffset AppliedAt);

/// <summary>
/// 缓冲期: during the enforcement stage's mediation or settlement period, asset disposal and credit punishment wait. A
/// calendar-day limit (platform rule 3): <paramref name="EndsAt"/> is the exclusive end, 24:00 of the last day.
/// </summary>
/// <param name="PeriodEndsOn">The last day of the mediation or settlement period the buffer may not go beyond.</param>
/// <param name="EndedEarlyAt">The settlement failed and the buffer ended then.</param>
/// <param name="RanItsCourse">Recorded as run its course, by its timer after its end.</param>
public sealed record SettlementBuffer(
    Guid Id, int Days, DateOnly PeriodEndsOn, DateTimeOffset GrantedAt, DateTimeOffset EndsAt, DateTimeOffset? EndedEarlyAt, string? FailureReason, bool RanItsCourse = false)
{
    /// <summary>In force at <paramref name="now"/>: not ended early and not past its end (24:00 of the last day itself is inside).</summary>
    public bool InForceAt(DateTimeOffset now) => EndedEarlyAt is null && now <= EndsAt;
}

/// <summary>What the court did against the enterprise's assets or credit in the enforcement stage.</summary>
public enum EnforcementMeasure
{
    /// <summary>财产处置: seizure, auction or sale of assets.</summary>
    AssetDisposal,

    /// <summary>信用惩戒: listing as a dishonest judgment debtor (失信被执行人) or consumption restrictions.</summary>
    CreditPunishment,
}

/// <summary>An asset disposal or credit punishment the court recorded.</summary>
public sealed record RecordedMeasure(EnforcementMeasure Measure, string Detail, DateTimeOffset At);

/// <summary>
/// 涉企纠纷案件: a dispute involving an enterprise, from filing at the court (with the enterprise's visits) through the legal
/// health check, preservation, the comprehensive handling (court → centre → unit) and the enforcement stage. Changed only by its events.
/// Its parties' personal data is seen only by those handling it now (docs/adr/0068), in its own answers and in the audit history.
/// </summary>
public sealed class DisputeCase : IHandledCase, IHoldsPersonalData, IErasureCounted, ICaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    long ICaseView.Version => Version;

    /// <summary>Set on the masked copy only: a reader who does not handle the case gets another representation, with another ETag.</summary>
    private bool _masked;

    string? ICaseView.Representation => _masked ? "masked" : null;

    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Subject { get; set; } = "";
    public List<Party> Parties { get; set; } = [];
    public int Visits { get; set; }
    public DisputeStage Stage { get; set; }
    public DisputeStatus Status { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public string FiledMonth { get; set; } = "";
    public DateTimeOffset? ReferredAt { get; set; }

    /// <summary>When the court filed the lawsuit after the pre-litigation mediation failed (诉前调解不成转立案).</summary>
    public DateTimeOffset? LitigatedAt { get; set; }
    public Mediation? Mediation { get; set; }
    public List<HandBack> HandBacks { get; set; } = [];
    public string? ResultUnit { get; set; }
    public string? ResultSummary { get; set; }
    public bool? ResultOnTime { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<Consultation> Consultations { get; set; } = [];
    public List<Preservation> Preservations { get; set; } = [];
    public List<SettlementBuffer> Buffers { get; set; } = [];
    public List<RecordedMeasure> Measures { get; set; } = [];

    /// <summary>The buffer in force at <paramref name="now"/>, if any.</summary>
    public SettlementBuffer? BufferAt(DateTimeOffset now) => Buffers.LastOrDefault(b => b.InForceAt(now));

    /// <summary>The court, the centre and the unit mediating it now (issue 18 point 8).</summary>
    public bool IsHandledBy(Actor actor) => JudiciaryAccess.Handles(actor, this);

    /// <summary>A copy for a reader who does not handle the case, never stored.</summary>
    public object WithPersonalDataMasked()
    {
        var copy = (DisputeCase)MemberwiseClone();
        copy.Parties = [.. Party.MaskAll(Parties)];
        copy._masked = true;
        return copy;
    }

    /// <summary>Filed with at most one trip (最多跑一次).</summary>
    [JsonIgnore]
    public bool WithinOneVisit => Visits <= 1;

    public static DisputeCase Create(DisputeCaseFiled e) => new()
    {
        Id = e.CaseId, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Subject = e.Subject, Parties = [.. e.Parties], Visits = e.Visits,
        Stage = e.Stage, Status = DisputeStatus.Filed, FiledAt = e.FiledAt, FiledMonth = e.Month,
    };

    public void Apply(DisputeReferredToCentre e)
    {
        Status = DisputeStatus.AwaitingAssignment;
        ReferredAt = e.ReferredAt;
    }

    public void Apply(MediationAssigned e)
    {
        Status = DisputeStatus.Mediating;
        Mediation = new Mediation(e.Unit, e.WorkingDays, e.AssignedAt, e.DueAt, false, false, TimeSpan.Zero, null, null);
    }

    public void Apply(MediationPaused e) => Mediation = Mediation! with { PausedAt = e.PausedAt, PauseReason = e.Reason };

    public void Apply(MediationResumed e) => Mediation = Mediation! with { PausedAt = null, PauseReason = null, PausedFor = Mediation.PausedFor + e.Paused, DueAt = e.DueAt, Warned = false };

    public void Apply(MediationDeadlineWarned e) => Mediation = Mediation! with { Warned = true };

    public void Apply(MediationOverdue e) => Mediation = Mediation! with { Overdue = true };

    public void Apply(MediationDeadlineRecomputed e) => Mediation = Mediation! with { DueAt = e.DueAt, Warned = false, Overdue = false };

    public void Apply(MediationHandedBack e)
    {
        HandBacks.Add(new HandBack(e.Unit, e.Reason, e.HandedBackAt));
        Mediation = null;
        Status = DisputeStatus.AwaitingAssignment;
    }

    public void Apply(MediationResultReported e)
    {
        Status = e.Resolved ? DisputeStatus.Resolved : DisputeStatus.Unresolved;
        ResultUnit = e.Unit;
        ResultSummary = e.Summary;
        ResultOnTime = e.OnTime;
        ClosedAt = e.ReportedAt;
    }

    public void Apply(HealthCheckConsultationHeld e) =>
        Consultations.Add(new Consultation(e.ConsultationId, e.Matter, e.Departments, e.Participants, e.Plan, e.HeldAt));

    public void Apply(PreservationApplied e) => Preservations.Add(new Preservation(e.PreservationId, e.Amount, e.Security, e.Insurer, e.PolicyNumber, e.AppliedAt));

    /// <summary>Filed again, in litigation: the last unit no longer mediates it, and the court may refer it to the centre.</summary>
    public void Apply(DisputeFiledForLitigation e)
    {
        Stage = DisputeStage.Litigation;
        Status = DisputeStatus.Filed;
        LitigatedAt = e.FiledAt;
        Mediation = null;
        ClosedAt = null;
    }

    public void Apply(DisputeEnteredEnforcement e) => Stage = DisputeStage.Enforcement;

    public void Apply(SettlementBufferGranted e) => Buffers.Add(new SettlementBuffer(e.BufferId, e.Days, e.PeriodEndsOn, e.GrantedAt, e.EndsAt, null, null));

    public void Apply(SettlementFailed e) =>
        Buffers = [.. Buffers.Select(b => b.Id == e.BufferId ? b with { EndedEarlyAt = e.FailedAt, FailureReason = e.Reason } : b)];

    public void Apply(SettlementBufferRanItsCourse e) => Buffers = [.. Buffers.Select(b => b.Id == e.BufferId ? b with { RanItsCourse = true } : b)];

    public void Apply(EnforcementMeasureRecorded e) => Measures.Add(new RecordedMeasure(e.Measure, e.Detail, e.RecordedAt));
}
