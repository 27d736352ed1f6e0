using Nanchuan.Licensing.Contracts;

namespace Nanchuan.Judiciary.Enterprises;

/// <summary>The Judiciary module's own copy of the registered companies (platform rule 5): filing takes the registered name.</summary>
public sealed class KnownEnterprise : RegisteredCompanyRecord;

public static class CompanyRegisteredHandler
{
    public static void Handle(CompanyRegistered registered, IDocumentSession session) => session.Store(RegisteredCompanyRecord.From<KnownEnterprise>(registered));
}
