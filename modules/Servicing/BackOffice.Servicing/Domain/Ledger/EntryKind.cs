namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>The movement a journal entry records.</summary>
internal enum EntryKind
{
    /// <summary>The balances of a loan booked before the ledger existed, posted once when the ledger first meets it.</summary>
    Opening,
    Booking,
    DealerFunding,

    /// <summary>Interest earned in the close of business (and the difference to the installment's interest when it falls due).</summary>
    Accrual,
    LateFee,
    Payment,
    PaymentReversal,
    FeeRefund,
    CreditRefund,

    /// <summary>A repayment plan: amounts move between installments, no income is created.</summary>
    Restructure,
    ChargeOff,
    Recovery,
}
