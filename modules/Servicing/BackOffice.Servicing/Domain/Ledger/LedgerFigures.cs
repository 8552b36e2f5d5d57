namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// The loan figures its ledger position is derived from, with what it posted: all the reconciliation reads of a
/// loan, so checking a million loans reads two dozen columns of each instead of the whole account.
/// </summary>
internal sealed record LedgerFigures
{
    public string LoanNumber { get; init; } = "";

    public LedgerPosition Posted { get; init; } = LedgerPosition.Zero;

    public LoanStatus Status { get; init; }

    public decimal AmountFinanced { get; init; }

    public decimal OriginationFee { get; init; }

    public decimal DealerFunded { get; init; }

    public decimal OutstandingPrincipal { get; init; }

    public decimal CreditBalance { get; init; }

    public decimal AccruedInterest { get; init; }

    public decimal InterestDue { get; init; }

    public decimal FeesDue { get; init; }

    public decimal Received { get; init; }

    public decimal Recovered { get; init; }

    public decimal CreditRefunded { get; init; }

    public decimal InterestCollected { get; init; }

    public decimal FeesCollected { get; init; }

    /// <summary>
    /// Where the loan stands in each ledger role by its own figures. Accrual basis: interest is receivable as it
    /// accrues and once billed; cash basis: interest and fees are income when paid. A charged-off loan's principal
    /// is a loss and its unpaid interest and fees are taken out of income.
    /// </summary>
    public LedgerPosition Position(AccountingBasis basis)
    {
        var chargedOff = Status == LoanStatus.ChargedOff;
        var onBooks = basis == AccountingBasis.Accrual && !chargedOff;
        var interestReceivable = onBooks ? InterestDue + AccruedInterest : 0m;
        var feesReceivable = onBooks ? FeesDue : 0m;
        return new LedgerPosition
        {
            PrincipalReceivable = chargedOff ? 0m : OutstandingPrincipal,
            InterestReceivable = interestReceivable,
            FeesReceivable = feesReceivable,
            DealerPayable = -(AmountFinanced - OriginationFee - DealerFunded),
            UnappliedCredit = -CreditBalance,
            Cash = Received + Recovered - DealerFunded - CreditRefunded,
            InterestIncome = -(interestReceivable + InterestCollected),
            FeeIncome = -(feesReceivable + FeesCollected + OriginationFee),
            ChargeOffLoss = chargedOff ? OutstandingPrincipal : 0m,
            RecoveryIncome = -Recovered,
        };
    }
}
