namespace Nanchuan.Licensing.FinancialStreet.Accounts;

/// <summary>Ask a bank of the financial street to open an account: the enterprise, the bank (one of the street's), and the kind of account.</summary>
public sealed record RequestBankAccount(string? CreditCode, string? EnterpriseName, string? Bank, BankAccountKind? Kind) : IOpenApiExample<RequestBankAccount>
{
    public static RequestBankAccount Example => new("91500119MA5U8XRB98", "重庆南川示例科技有限公司", "三峡银行", BankAccountKind.Basic);
}

/// <summary>The bank's answer: opened (true), or declined (false) with a reason.</summary>
public sealed record AnswerBankAccount(bool? Opened, string? Reason) : IOpenApiExample<AnswerBankAccount>
{
    public static AnswerBankAccount Example => new(true, null);
}
