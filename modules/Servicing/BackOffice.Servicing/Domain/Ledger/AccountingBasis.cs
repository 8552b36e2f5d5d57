namespace BackOffice.Servicing.Domain.Ledger;

internal enum AccountingBasis
{
    /// <summary>Interest is income as it is earned, day by day; late fees when charged (the default).</summary>
    Accrual,

    /// <summary>Interest and fees are income when they are paid; receivables hold principal only.</summary>
    Cash,
}
