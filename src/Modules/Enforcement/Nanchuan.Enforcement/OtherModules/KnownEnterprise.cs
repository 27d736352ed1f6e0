using Nanchuan.Licensing.Contracts;

namespace Nanchuan.Enforcement.OtherModules;

/// <summary>The Enforcement module's own copy of the registered companies (spec rule 5): an inspection of one takes its registered name.</summary>
public sealed class KnownEnterprise : RegisteredCompanyRecord;

public static class CompanyRegisteredHandler
{
    public static void Handle(CompanyRegistered registered, IDocumentSession session) => session.Store(RegisteredCompanyRecord.From<KnownEnterprise>(registered));
}
