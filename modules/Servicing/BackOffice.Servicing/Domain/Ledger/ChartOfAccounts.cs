namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// The ledger's settings (configuration "Servicing:Ledger"): the accounting basis and the chart of accounts, one
/// account per <see cref="LedgerRole"/>. A role left out of configuration takes the pack's default: the CN pack
/// numbers accounts as the PRC Accounting Standards for Enterprises' application guidance does for lenders
/// (1303 loans, 1132 interest receivable, 6011 interest income…); the US pack uses a common US lender's numbering.
/// </summary>
internal sealed class ChartOfAccounts
{
    public AccountingBasis Basis { get; set; } = AccountingBasis.Accrual;

    /// <summary>Accounts configured for roles; a role not configured takes the pack's default.</summary>
    public Dictionary<LedgerRole, LedgerAccount> Accounts { get; set; } = [];

    /// <summary>Set from the policy pack at start-up; chooses the default accounts.</summary>
    public bool UnitedStates { get; set; }

    /// <summary>The currency the books are kept in, the loans' (the products lend in one currency).</summary>
    public string Currency { get; set; } = BackOffice.BuildingBlocks.Amounts.Money.DefaultCurrency;

    public LedgerAccount AccountFor(LedgerRole role) =>
        Accounts.TryGetValue(role, out var configured) && !string.IsNullOrWhiteSpace(configured.Code)
            ? configured
            : (UnitedStates ? UsDefaults : CnDefaults)[role];

    public string CodeOf(LedgerRole role) => AccountFor(role).Code;

    /// <summary>Every role's account, in role order, as the pages and the export list them.</summary>
    public IReadOnlyList<(LedgerRole Role, LedgerAccount Account)> All => [.. LedgerPosition.Roles.Select(role => (role, AccountFor(role)))];

    /// <summary>No two roles share an account: a posting always lands where the chart says, and a balance means one thing.</summary>
    public bool IsConsistent => All.Select(a => a.Account.Code).Distinct(StringComparer.Ordinal).Count() == LedgerPosition.Roles.Count;

    private static readonly Dictionary<LedgerRole, LedgerAccount> CnDefaults = new()
    {
        [LedgerRole.PrincipalReceivable] = Account("1303", "贷款—本金 Loans: principal"),
        [LedgerRole.InterestReceivable] = Account("1132", "应收利息 Interest receivable"),
        [LedgerRole.FeesReceivable] = Account("1221", "其他应收款—费用 Fees receivable"),
        [LedgerRole.DealerPayable] = Account("2241", "其他应付款—经销商 Dealer payable"),
        [LedgerRole.UnappliedCredit] = Account("2203", "预收账款—借款人 Unapplied borrower credit"),
        [LedgerRole.Cash] = Account("1002", "银行存款—清算 Bank clearing"),
        [LedgerRole.InterestIncome] = Account("6011", "利息收入 Interest income"),
        [LedgerRole.FeeIncome] = Account("6021", "手续费及佣金收入 Fee income"),
        [LedgerRole.ChargeOffLoss] = Account("6701", "资产减值损失—核销 Charge-offs"),
        [LedgerRole.RecoveryIncome] = Account("6301", "营业外收入—核销收回 Recoveries"),
    };

    private static readonly Dictionary<LedgerRole, LedgerAccount> UsDefaults = new()
    {
        [LedgerRole.PrincipalReceivable] = Account("1210", "Loans receivable: principal"),
        [LedgerRole.InterestReceivable] = Account("1220", "Accrued interest receivable"),
        [LedgerRole.FeesReceivable] = Account("1230", "Fees receivable"),
        [LedgerRole.DealerPayable] = Account("2110", "Dealer payable"),
        [LedgerRole.UnappliedCredit] = Account("2210", "Unapplied borrower credit"),
        [LedgerRole.Cash] = Account("1010", "Cash: bank clearing"),
        [LedgerRole.InterestIncome] = Account("4010", "Interest income"),
        [LedgerRole.FeeIncome] = Account("4020", "Fee income"),
        [LedgerRole.ChargeOffLoss] = Account("6510", "Charge-offs (credit losses)"),
        [LedgerRole.RecoveryIncome] = Account("4090", "Recoveries on charged-off loans"),
    };

    private static LedgerAccount Account(string code, string name) => new() { Code = code, Name = name };
}
