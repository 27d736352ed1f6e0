using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.Oversight.Domain;

/// <summary>
/// What the oversight read side has received about one case of another module: the facts filed (so a redelivered message is
/// recognised and filed only once) and the start of each deadline running (so a warning, an overdue or a met deadline finds its
/// row). Its stream id is derived from the case's id: the case's own stream lives in the same event store (ADR 0073).
/// </summary>
public sealed class OversightFile
{
    public Guid Id { get; set; }

    /// <summary>One key per message filed (<see cref="IOversightFiled.Fact"/>).</summary>
    public HashSet<string> Facts { get; set; } = [];

    /// <summary>The deadlines running on the case: name → when its clock started (the key of its row).</summary>
    public Dictionary<string, DateTimeOffset> Running { get; set; } = [];

    public bool WasOpened { get; set; }

    /// <summary>The file's stream id for a case: a name-based id (the first 16 bytes of SHA-256 of "oversight:{caseId}").</summary>
    public static Guid IdOf(Guid caseId) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"oversight:{caseId:D}"))[..16]);

    public bool Has(string fact) => Facts.Contains(fact);

    public void Apply(OversightCaseOpened e) => File(e, () => WasOpened = true);

    public void Apply(OversightCaseClosed e) => File(e, Running.Clear);

    public void Apply(OversightNoticeFiled e) => File(e, () => { });

    public void Apply(OversightCaseNumbered e) => File(e, () => { });

    public void Apply(OversightCaseRated e) => File(e, () => { });

    public void Apply(OversightRatingStruck e) => File(e, () => { });

    public void Apply(OversightCatalogueItemListed e) => File(e, () => { });

    public void Apply(OversightDeadlineSet e) => File(e, () => Running[e.Message.Deadline] = e.Message.StartedAt);

    public void Apply(OversightDeadlineWarned e) => File(e, () => { });

    public void Apply(OversightDeadlineOverdue e) => File(e, () => { });

    public void Apply(OversightDeadlineMoved e) => File(e, () => { });

    public void Apply(OversightDeadlineMet e) => File(e, () => Running.Remove(e.Message.Deadline));

    private void File(IOversightFiled e, Action change)
    {
        Id = e.FileId;
        Facts.Add(e.Fact());
        change();
    }
}
