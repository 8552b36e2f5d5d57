namespace BackOffice.Servicing.Domain;

/// <summary>The names of the actions Servicing records in the audit trail; stable, because reports and reviewers search by them.</summary>
internal static class ServicingAuditActions
{
    public const string FeesRefunded = "fees.refunded";
    public const string CreditRefunded = "credit.refunded";
    public const string RepaymentPlanProposed = "repayment-plan.proposed";
    public const string RepaymentPlanRejected = "repayment-plan.rejected";
    public const string CloseOfBusinessStarted = "close-of-business.started";
    public const string PaymentFileImported = "payment-file.imported";
    public const string LedgerPeriodClosed = "ledger-period.closed";
    public const string LedgerReconciled = "ledger.reconciled";
    public const string DealerFunded = "dealer.funded";
}
