using System.Globalization;

namespace Nanchuan.Enforcement.Domain;

/// <summary>How a visit was registered (扫码入企).</summary>
public enum VisitChannel
{
    /// <summary>An inspector scanned the enterprise's code on entering.</summary>
    InspectorScan,

    /// <summary>The enterprise confirmed the visit in its own account.</summary>
    EnterpriseConfirmation,
}

/// <summary>What the visit rested on when it was first registered.</summary>
public enum VisitAuthority
{
    /// <summary>The quarter's plan: an entry for the enterprise naming the department, in its month.</summary>
    Plan,

    /// <summary>An exception inspection the department recorded beforehand, the same day.</summary>
    Exception,

    /// <summary>Neither: an unauthorised inspection (不按规定擅自检查), recorded for the Justice Bureau.</summary>
    None,
}

/// <summary>
/// 入企登记: one department's visit to one enterprise on one (Beijing) day, registered when the inspectors enter — by the
/// inspector's scan of the enterprise's code or by the enterprise's confirmation, whichever comes first; the other channel
/// confirms it. Its authority is judged at the first registration against what was recorded before it (ADR 0063).
/// </summary>
public sealed class InspectionVisit : IErasureCounted, ICaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Erasures of personal data that rewrote the case (counted by the platform's eraser; part of its read's ETag, ADR 0128).</summary>
    public int PersonalDataErasures { get; set; }

    long ICaseView.Version => Version;

    public string Quarter { get; set; } = "";
    public string Day { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string Department { get; set; } = "";
    public DateTimeOffset EnteredAt { get; set; }
    public VisitAuthority Authority { get; set; }
    public Guid? AuthorisedBy { get; set; }
    public Guid? UnauthorisedCaseId { get; set; }
    public List<VisitChannel> Channels { get; set; } = [];
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>One stream per enterprise, department and day, so the scan and the enterprise's confirmation meet in it.</summary>
    internal static Guid IdOf(string creditCode, string department, DateOnly day) =>
        DerivedIds.FromName($"nanchuan:enforcement:visit:{creditCode}:{department}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    public static InspectionVisit Create(InspectionVisitRegistered e) => new()
    {
        Id = e.VisitId, Quarter = e.Quarter, Day = e.Day, CreditCode = e.CreditCode, EnterpriseName = e.EnterpriseName, Department = e.Department,
        EnteredAt = e.EnteredAt, Authority = e.Authority, AuthorisedBy = e.AuthorisedBy, UnauthorisedCaseId = e.UnauthorisedCaseId, Channels = [e.Channel],
    };

    public void Apply(InspectionVisitConfirmed e)
    {
        Channels.Add(e.Channel);
        ConfirmedAt = e.ConfirmedAt;
    }
}

/// <summary>The inspectors of a department entered an enterprise; the visit's authority as judged then.</summary>
/// <param name="Day">The Beijing date (yyyy-MM-dd).</param>
/// <param name="AuthorisedBy">The plan or the exception inspection it rested on.</param>
/// <param name="UnauthorisedCaseId">The case opened for the Justice Bureau when it rested on neither.</param>
public sealed record InspectionVisitRegistered(
    Guid VisitId,
    VisitChannel Channel,
    string Quarter,
    string Day,
    string CreditCode,
    string EnterpriseName,
    string Department,
    DateTimeOffset EnteredAt,
    VisitAuthority Authority,
    Guid? AuthorisedBy,
    Guid? UnauthorisedCaseId) : IDescribedEvent
{
    public string Describe() => $"{Department}入企检查{EnterpriseName}（{(Channel == VisitChannel.InspectorScan ? "执法人员扫码" : "企业确认")}）：" + Authority switch
    {
        VisitAuthority.Plan => "列入季度计划",
        VisitAuthority.Exception => "已登记例外检查",
        _ => "既无计划条目也无例外检查，记为不按规定擅自检查",
    };
}

/// <summary>The other channel confirmed a registered visit (the enterprise confirmed a scan, or an inspector scanned a visit the enterprise had confirmed).</summary>
public sealed record InspectionVisitConfirmed(Guid VisitId, VisitChannel Channel, DateTimeOffset ConfirmedAt) : IDescribedEvent
{
    public string Describe() => Channel == VisitChannel.InspectorScan ? "执法人员扫码确认入企" : "企业确认入企检查";
}
