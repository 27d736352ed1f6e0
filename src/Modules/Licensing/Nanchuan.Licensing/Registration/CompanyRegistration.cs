using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.Licensing.Registration;

public enum RegistrationStatus { Filed, Accepted, Issued }

/// <summary>
/// 设立登记 (company registration) at a 近快办 service point: filed, accepted (受理), licence issued (发照).
/// Snapshotted inline in schema `licensing`: the report and the deadline recomputation query it.
/// </summary>
public sealed class CompanyRegistration : ICaseView, IErasureCounted
{
    public Guid Id { get; set; }

    /// <summary>The stream version, kept by Marten's snapshot: the read's ETag (ADR 0119).</summary>
    public long Version { get; set; }

    public int PersonalDataErasures { get; set; }
    public string ServicePoint { get; set; } = "";
    public string CompanyName { get; set; } = "";
    public string LegalRepresentative { get; set; } = "";
    public string Address { get; set; } = "";
    public string Industry { get; set; } = "";
    public string? Helper { get; set; }
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? WarnAt { get; set; }
    public bool Warned { get; set; }
    public bool Overdue { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public UnifiedSocialCreditCode? CreditCode { get; set; }
    public decimal? WorkingDaysTaken { get; set; }
    public bool? WithinLimit { get; set; }

    public static string StatusLabel(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Filed => "已申请待受理",
        RegistrationStatus.Accepted => "已受理待发照",
        _ => "已发照",
    };

    public void Apply(RegistrationFiled e)
    {
        Id = e.RegistrationId;
        ServicePoint = e.ServicePoint;
        CompanyName = e.CompanyName;
        LegalRepresentative = e.LegalRepresentative;
        Address = e.Address;
        Industry = e.Industry;
        Helper = e.Assistance?.HelperName ?? e.Helper;
        FiledAt = e.FiledAt;
        Status = RegistrationStatus.Filed;
    }

    public void Apply(RegistrationAccepted e)
    {
        AcceptedAt = e.AcceptedAt;
        DueAt = e.DueAt;
        WarnAt = e.WarnAt;
        Status = RegistrationStatus.Accepted;
    }

    public void Apply(RegistrationDeadlineRecomputed e)
    {
        DueAt = e.DueAt;
        WarnAt = e.WarnAt;
        Warned = false;
    }

    public void Apply(RegistrationDeadlineWarned _) => Warned = true;

    public void Apply(RegistrationOverdue _) => Overdue = true;

    public void Apply(LicenceIssued e)
    {
        IssuedAt = e.IssuedAt;
        CreditCode = e.CreditCode;
        WorkingDaysTaken = e.WorkingDaysTaken;
        WithinLimit = e.WithinLimit;
        Status = RegistrationStatus.Issued;
    }
}

/// <summary>The ledger stream of organisation codes: the last sequence allocated. Locked exclusively while a licence is issued.</summary>
public sealed class OrganisationCodeLedger
{
    /// <summary>One ledger for the district: a fixed stream id.</summary>
    public static readonly Guid StreamId = new("5a1e0119-0000-4000-8000-000000500119");

    public Guid Id { get; set; }
    public long LastSequence { get; set; }

    public void Apply(OrganisationCodeAllocated e) => LastSequence = e.Sequence;
}
