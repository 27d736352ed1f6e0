using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.FinancialStreet.Accounts;

/// <summary>
/// The kind of RMB settlement account (人民币银行结算账户): 基本存款账户 (basic deposit account, one per depositor) or 一般存款账户 (general deposit account).
/// </summary>
public enum BankAccountKind { Basic, General }

/// <summary>An enterprise asked a bank of the financial street to open an account (开户设立); <paramref name="Number"/> counts its requests from 1.</summary>
public sealed record BankAccountRequested(
    Guid AccountsId, UnifiedSocialCreditCode CreditCode, string EnterpriseName, int Number, string Bank, BankAccountKind Kind, string ById, string ByName,
    string Channel, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{EnterpriseName}申请在{Bank}开立{BankAccounts.KindLabel(Kind)}（第{Number}号）";
}

/// <summary>The bank opened the account.</summary>
public sealed record BankAccountOpened(Guid AccountsId, int Number, string Bank, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{Bank}开户完成（第{Number}号）";
}

/// <summary>The bank declined to open the account, with its reason.</summary>
public sealed record BankAccountDeclined(Guid AccountsId, int Number, string Bank, string Reason, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{Bank}未予开户（第{Number}号）：{Reason}";
}
