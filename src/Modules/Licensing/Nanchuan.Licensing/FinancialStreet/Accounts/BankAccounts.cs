namespace Nanchuan.Licensing.FinancialStreet.Accounts;

public enum AccountOpeningStatus { Requested, Opened, Declined }

/// <summary>
/// An enterprise's account openings (开户设立) at the banks of the financial street: one stream per enterprise (id from its credit code), so
/// the one-basic-account rule is checked on everything the enterprise asked for, and two requests at once conflict (one 409) instead of both passing.
/// </summary>
public sealed class BankAccounts
{
    public Guid Id { get; set; }
    public string CreditCode { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public List<AccountOpening> Openings { get; set; } = [];

    public static Guid IdFor(string creditCode) => DerivedIds.FromName($"nanchuan:licensing:bank-accounts:{creditCode}");

    public static string KindLabel(BankAccountKind kind) => kind == BankAccountKind.Basic ? "基本存款账户" : "一般存款账户";

    public static string StatusLabel(AccountOpeningStatus status) => status switch
    {
        AccountOpeningStatus.Requested => "待银行办理",
        AccountOpeningStatus.Opened => "已开户",
        _ => "未予开户",
    };

    public AccountOpening? Opening(int number) => Openings.FirstOrDefault(o => o.Number == number);

    public void Apply(BankAccountRequested e)
    {
        Id = e.AccountsId;
        CreditCode = e.CreditCode.Value;
        EnterpriseName = e.EnterpriseName;
        Openings.Add(new AccountOpening { Number = e.Number, Bank = e.Bank, Kind = e.Kind, RequestedBy = e.ByName, Channel = e.Channel, RequestedAt = e.At });
    }

    public void Apply(BankAccountOpened e)
    {
        var opening = Opening(e.Number)!;
        opening.Status = AccountOpeningStatus.Opened;
        opening.AnsweredBy = e.ByName;
        opening.AnsweredAt = e.At;
    }

    public void Apply(BankAccountDeclined e)
    {
        var opening = Opening(e.Number)!;
        opening.Status = AccountOpeningStatus.Declined;
        opening.Reason = e.Reason;
        opening.AnsweredBy = e.ByName;
        opening.AnsweredAt = e.At;
    }
}

/// <summary>One account-opening request at one bank, and the bank's answer.</summary>
public sealed class AccountOpening
{
    public int Number { get; set; }
    public string Bank { get; set; } = "";
    public BankAccountKind Kind { get; set; }
    public string RequestedBy { get; set; } = "";
    public string Channel { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public AccountOpeningStatus Status { get; set; }
    public string? Reason { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
