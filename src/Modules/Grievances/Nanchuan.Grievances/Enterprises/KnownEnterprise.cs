using Nanchuan.Licensing.Contracts;

namespace Nanchuan.Grievances.Enterprises;

/// <summary>The Grievances module's own copy of the registered companies: a request's credit code is recognised against it.</summary>
public sealed class KnownEnterprise : RegisteredCompanyRecord;

public static class CompanyRegisteredHandler
{
    public static void Handle(CompanyRegistered registered, IDocumentSession session) => session.Store(RegisteredCompanyRecord.From<KnownEnterprise>(registered));
}
