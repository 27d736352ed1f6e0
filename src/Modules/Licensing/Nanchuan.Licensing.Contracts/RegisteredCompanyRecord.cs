namespace Nanchuan.Licensing.Contracts;

/// <summary>
/// A registered company as another module keeps it (platform rule 5): each module stores its own subclass, in its own schema,
/// from <see cref="CompanyRegistered"/>; keyed by the credit code. One shape, so the modules' copies cannot drift apart.
/// </summary>
public abstract class RegisteredCompanyRecord
{
    /// <summary>The unified social credit code.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
    public string LegalRepresentative { get; set; } = "";
    public string Address { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>The record of a registration; storing it again for a redelivered message overwrites the same document.</summary>
    public static T From<T>(CompanyRegistered registered) where T : RegisteredCompanyRecord, new() => new()
    {
        Id = registered.CreditCode.Value,
        Name = registered.Name,
        LegalRepresentative = registered.LegalRepresentative,
        Address = registered.Address,
        RegisteredAt = registered.RegisteredAt,
    };
}
