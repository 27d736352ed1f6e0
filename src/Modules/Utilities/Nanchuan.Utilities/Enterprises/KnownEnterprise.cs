using Nanchuan.Licensing.Contracts;

namespace Nanchuan.Utilities.Enterprises;

/// <summary>The Utilities module's own copy of the registered companies: the licence data a connection reuses (证照信息共享).</summary>
public sealed class KnownEnterprise : RegisteredCompanyRecord;

public static class CompanyRegisteredHandler
{
    public static void Handle(CompanyRegistered registered, IDocumentSession session) => session.Store(RegisteredCompanyRecord.From<KnownEnterprise>(registered));
}
