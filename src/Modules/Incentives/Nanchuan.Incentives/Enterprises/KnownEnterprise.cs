using Nanchuan.Licensing.Contracts;

namespace Nanchuan.Incentives.Enterprises;

/// <summary>The Incentives module's own copy of the registered companies (platform rule 5): an agreement with one takes its registered name.</summary>
public sealed class KnownEnterprise : RegisteredCompanyRecord;

public static class CompanyRegisteredHandler
{
    public static void Handle(CompanyRegistered registered, IDocumentSession session) => session.Store(RegisteredCompanyRecord.From<KnownEnterprise>(registered));
}
