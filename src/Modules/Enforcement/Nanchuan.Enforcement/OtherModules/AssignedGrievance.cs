using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Enforcement.OtherModules;

/// <summary>
/// An enterprise request (企业诉求) assigned by the Grievances module, as Enforcement keeps it: an exception inspection made
/// on a complaint names it (<c>linkedCaseId</c>), is checked against it and linked to it in both modules.
/// </summary>
public sealed class AssignedGrievance
{
    /// <summary>The grievance's stream id.</summary>
    public Guid Id { get; set; }

    public string? CreditCode { get; set; }
    public string HandlingUnitName { get; set; } = "";
    public string Content { get; set; } = "";
    public DateTimeOffset AssignedAt { get; set; }
}

public static class EnterpriseRequestAssignedHandler
{
    /// <summary>Every round overwrites the same document: the latest assignment is what an inspection answers.</summary>
    public static void Handle(EnterpriseRequestAssigned assigned, IDocumentSession session) => session.Store(new AssignedGrievance
    {
        Id = assigned.GrievanceId, CreditCode = assigned.CreditCode?.Value, HandlingUnitName = assigned.HandlingUnitName, Content = assigned.Content,
        AssignedAt = assigned.AssignedAt,
    });
}
