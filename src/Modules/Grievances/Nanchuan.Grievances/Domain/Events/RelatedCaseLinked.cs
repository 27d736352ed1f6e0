namespace Nanchuan.Grievances.Domain;

/// <summary>Another module's case answers this request (e.g. an inspection made on it); the request shows the link.</summary>
public sealed record RelatedCaseLinked(Guid GrievanceId, string Module, Guid CaseId, string Description, DateTimeOffset LinkedAt) : IDescribedEvent
{
    public string Describe() => $"关联{Module}案件：{Description}";
}

/// <summary>A case in another module linked to the request.</summary>
public sealed record RelatedCase(string Module, Guid CaseId, string Description, DateTimeOffset LinkedAt);
