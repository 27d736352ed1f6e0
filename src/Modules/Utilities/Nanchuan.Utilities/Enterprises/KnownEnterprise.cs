using Marten;
using Nanchuan.Licensing.Contracts;

namespace Nanchuan.Utilities.Enterprises;

/// <summary>
/// The Utilities module's own read model of registered companies (platform rule 5), fed by the Licensing module's
/// <see cref="CompanyRegistered"/>; keyed by the credit code. It is the licence data a connection reuses (证照信息共享).
/// </summary>
public sealed class KnownEnterprise
{
    /// <summary>The unified social credit code.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
    public string LegalRepresentative { get; set; } = "";
    public string Address { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; set; }
}

public static class CompanyRegisteredHandler
{
    /// <summary>Idempotent: a redelivered registration overwrites the same document.</summary>
    public static void Handle(CompanyRegistered registered, IDocumentSession session) =>
        session.Store(new KnownEnterprise
        {
            Id = registered.CreditCode.Value,
            Name = registered.Name,
            LegalRepresentative = registered.LegalRepresentative,
            Address = registered.Address,
            RegisteredAt = registered.RegisteredAt,
        });
}
