using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.FinancialStreet.Accounts;

/// <summary>Pure decisions of 开户设立 at the financial street (ADR 0112).</summary>
internal static class BankAccountDecisions
{
    /// <summary>
    /// The bank must be one of the street's (all of them open accounts). A depositor has one basic deposit account (人民币银行结算账户管理办法,
    /// 中国人民银行令〔2003〕第5号: 只能在银行开立一个基本存款账户): a basic account asked for while another is requested or opened is a 409; so is a second open request
    /// for the same kind at the same bank.
    /// </summary>
    public static BankAccountRequested Request(BankAccounts? accounts, RequestBankAccount command, IReadOnlyList<StreetBank> street, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var creditCode = errors.CreditCode("creditCode", command.CreditCode);
        var name = errors.Text("enterpriseName", command.EnterpriseName, "企业名称", "the enterprise name");
        var bank = errors.Text("bank", command.Bank, "开户银行", "the bank");
        errors.If(bank.Length > 0 && street.All(b => b.Name != bank), "bank",
            $"金融街无此银行：{bank}（可选：{string.Join("、", street.Select(b => b.Name))}） / not a bank of the street: {bank}.");
        var kind = errors.Required("kind", command.Kind, "账户类型（basic 基本存款账户 / general 一般存款账户）", "the kind of account (basic or general)");
        errors.If(command.Kind is { } given && !Enum.IsDefined(given), "kind", "账户类型无效 / unknown kind of account.");
        errors.ThrowIfAny();
        if (actor.Role == Roles.Enterprise && actor.CreditCode != creditCode)
            throw new AccessDeniedException("企业只能为本企业申请开户 / an enterprise asks only for its own accounts.");

        var live = accounts?.Openings.Where(o => o.Status != AccountOpeningStatus.Declined).ToList() ?? [];
        if (kind == BankAccountKind.Basic && live.FirstOrDefault(o => o.Kind == BankAccountKind.Basic) is { } basic)
            throw new InvalidStateTransitionException($"{basic.Bank}基本存款账户{BankAccounts.StatusLabel(basic.Status)}", "申请开立基本存款账户",
                "一个单位只能开立一个基本存款账户 / a depositor has one basic deposit account.");
        if (live.FirstOrDefault(o => o.Kind == kind && o.Bank == bank && o.Status == AccountOpeningStatus.Requested) is not null)
            throw new InvalidStateTransitionException($"{bank}{BankAccounts.KindLabel(kind)}待银行办理", "重复申请开户");
        return new BankAccountRequested(BankAccounts.IdFor(creditCode), UnifiedSocialCreditCode.Parse(creditCode), name,
            (accounts?.Openings.Count ?? 0) + 1, bank, kind, actor.Id, actor.Name, actor.Channel, now);
    }

    /// <summary>Only the bank asked answers (its staff: DepartmentHandler whose department is the bank), once.</summary>
    public static object Answer(BankAccounts accounts, int number, AnswerBankAccount command, Actor actor, DateTimeOffset now)
    {
        var opening = accounts.Opening(number) ?? throw new NotFoundException($"该企业没有第{number}号开户申请 / no account-opening request {number}.");
        if (actor.Department != opening.Bank) throw new AccessDeniedException($"该开户申请由{opening.Bank}办理 / the request is {opening.Bank}'s.");
        if (opening.Status != AccountOpeningStatus.Requested) throw new InvalidStateTransitionException(BankAccounts.StatusLabel(opening.Status), "办理开户");
        var errors = new FieldErrors();
        var opened = errors.Required("opened", command.Opened, "是否开户", "whether the account was opened");
        errors.If(command.Opened == false && string.IsNullOrWhiteSpace(command.Reason), "reason", "未予开户须说明原因 / a decline gives its reason.");
        errors.ThrowIfAny();
        return opened
            ? new BankAccountOpened(accounts.Id, number, opening.Bank, actor.Name, now)
            : new BankAccountDeclined(accounts.Id, number, opening.Bank, command.Reason!.Trim(), actor.Name, now);
    }
}
