namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// What an account of the chart is for. Postings name the role; the chart in force says which account code it
/// is (<see cref="ChartOfAccounts"/>). The first five are control accounts: their balance is the sum of the loans'.
/// </summary>
internal enum LedgerRole
{
    PrincipalReceivable,
    InterestReceivable,
    FeesReceivable,
    DealerPayable,

    /// <summary>Money received beyond what is owed, owed back to the borrower until it pays an installment or is refunded (a liability).</summary>
    UnappliedCredit,

    /// <summary>The bank clearing account money comes in and goes out through.</summary>
    Cash,
    InterestIncome,

    /// <summary>Late fees and the origination fee.</summary>
    FeeIncome,

    /// <summary>Principal written off when a loan is charged off.</summary>
    ChargeOffLoss,

    /// <summary>Money received on a loan already charged off.</summary>
    RecoveryIncome,
}
